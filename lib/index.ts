/**
 * Eventually's pure core: every rule the product applies, with no DOM and no browser API.
 * Importable from plain Node (see test/unit/lib-node.test.ts).
 */

export * from './activity';
export * from './activity-schema';
export * from './calendar/budget';
export * from './calendar/budget-notice';
export * from './calendar/ics';
export * from './calendar/stats';
export * from './calendar/timezones';
export * from './chat/classify';
export * from './chat/compose';
export * from './chat/conversation';
export * from './chat/decide';
export * from './chat/gate';
export * from './chat/kind-reply';
export * from './feeds';
export * from './limits';
export * from './meeting/agenda';
export * from './meeting/assess';
export * from './meeting/assess-checked';
export * from './meeting/async-doc';
export * from './meeting/async-kinds';
export * from './meeting/conference';
export * from './meeting/parse-when';
export * from './meeting/purpose-words';
export * from './meeting/status-titles';
export * from './meeting/templates';
export * from './messages';
export * from './settings';
export * from './sites';
export * from './text/html';
export * from './text/regex-union';
