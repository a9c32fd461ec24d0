/**
 * Eventually's pure core: every rule the product applies, with no DOM and no browser API.
 * Importable from plain Node (see test/unit/lib-node.test.ts).
 */
export * from './settings';
export * from './activity';
export * from './messages';
export * from './meeting/conference';
export * from './meeting/agenda';
export * from './meeting/status-titles';
export * from './meeting/assess';
export * from './feeds';
export * from './chat/classify';
export * from './chat/decide';
export * from './chat/gate';
export * from './chat/compose';
export * from './chat/conversation';
export * from './meeting/parse-when';
export * from './meeting/templates';
export * from './meeting/async-doc';
export * from './calendar/timezones';
export * from './calendar/ics';
export * from './calendar/stats';
export * from './limits';
