import { describe, expect, it } from 'vitest';
import { detectAgenda } from '../../lib/meeting/agenda';
import { analyzeConferenceBoilerplate, stripConferenceBoilerplate } from '../../lib/meeting/conference';

// Join details as the tools paste them into invites (numbers and IDs made up).

const ZOOM_EN = `Jane Doe is inviting you to a scheduled Zoom meeting.

Topic: Quarterly planning
Time: Mar 3, 2025 10:00 AM Pacific Time (US and Canada)
        Every week on Mon, until Jun 30, 2025, 17 occurrence(s)
        Mar 3, 2025 10:00 AM
        Mar 10, 2025 10:00 AM
        Please download and import the following iCalendar (.ics) files to your calendar system.
        Weekly: https://us02web.zoom.us/meeting/tZAsdEyqrjIjG9T2h4/ics?icsToken=98tyKuGgqj0oGdOXsx2PRowEBoj

Join Zoom Meeting
https://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1

Meeting ID: 812 3456 7890
Passcode: 482913

---

One tap mobile
+16465588656,,81234567890#,,,,*482913# US (New York)
+13017158592,,81234567890#,,,,*482913# US (Washington DC)

---

Dial by your location
• +1 646 558 8656 US (New York)
• +1 301 715 8592 US (Washington DC)
• +1 312 626 6799 US (Chicago)
• +1 669 900 9128 US (San Jose)

Meeting ID: 812 3456 7890
Passcode: 482913

Find your local number: https://us02web.zoom.us/u/kbXyZ12Ab

---

Join by SIP
• 81234567890@zoomcrc.com

---

Join by H.323
• 162.255.37.11 (US West)
• 162.255.36.11 (US East)
Meeting ID: 812 3456 7890
Passcode: 482913
`;

const ZOOM_DE = `Max Mustermann lädt Sie zu einem geplanten Zoom-Meeting ein.

Zoom-Meeting beitreten
https://us06web.zoom.us/j/84512345678?pwd=Qk9abcdEFGhijkLMNop

Meeting-ID: 845 1234 5678
Kenncode: 771204
Schnelleinwahl mobil
+496938079883,,84512345678#,,,,*771204# Deutschland
+496950502596,,84512345678#,,,,*771204# Deutschland

Einwahl nach aktuellem Standort
        +49 69 3807 9883 Deutschland
        +49 695 050 2596 Deutschland

Meeting-ID: 845 1234 5678
Kenncode: 771204
Ortseinwahl suchen: https://us06web.zoom.us/u/kdxYz1AbC
`;

const ZOOM_FR = `Jean Dupont vous invite à une réunion Zoom planifiée.

Participer à la réunion Zoom
https://us02web.zoom.us/j/86612345678?pwd=ZXhhbXBsZQ

ID de réunion : 866 1234 5678
Code secret : 551234
Une seule touche sur l’appareil mobile
+33170372246,,86612345678#,,,,*551234# France

Composez un numéro en fonction de votre emplacement
        +33 1 7037 2246 France
        +33 1 7095 0103 France
Trouvez votre numéro local : https://us02web.zoom.us/u/abCdEf
`;

const ZOOM_ES = `Juan Pérez le está invitando a una reunión de Zoom programada.

Unirse a la reunión Zoom
https://us02web.zoom.us/j/87712345678?pwd=ZXNwYW5vbA

ID de reunión: 877 1234 5678
Código de acceso: 918273
Móvil con un toque
+34917873431,,87712345678#,,,,*918273# España

Marcar según su ubicación
        +34 91 787 3431 España
        +34 91 787 0058 España
Busque su número local: https://us02web.zoom.us/u/aBc12
`;

const TEAMS_CLASSIC = `________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZGU5YjYtYzM1Ny00N2YxLWI2ZjMtZjA4ZDk1YzZlYjA5%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af%22%2c%22Oid%22%3a%22b3a1c4b6%22%7d>
Meeting ID: 245 123 456 789
Passcode: aB3cDe
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 323-849-4874,,123456789#<tel:+13238494874,,123456789#>   United States, Los Angeles
Phone Conference ID: 123 456 789#
Find a local number<https://dialin.teams.microsoft.com/8551f4c1-bea3-441a-8738-69aa517a91c5?id=123456789> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=b3a1c4b6&tenantId=72f988bf&threadId=19_meeting_NjQ4&messageId=0&language=en-US>
________________________________________________________________________________
`;

const TEAMS_NEW = `________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3%40thread.v2/0?context=%7b%7d>
Meeting ID: 252 136 890 477
Passcode: Ka7yT2
________________________________
Dial in by phone
+1 469-283-2937,,683195024#<tel:+14692832937,,683195024> United States, Dallas
Find a local number<https://dialin.teams.microsoft.com/2f8a7c1e?id=683195024>
Phone conference ID: 683 195 024#
Join on a video conferencing device
Tenant key: contoso@m.webex.com
Video ID: 118 272 437 1
More info<https://www.webex.com/msteams?confid=1182724371&tenantkey=contoso&domain=m.webex.com>
For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=1a2b> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
________________________________________________________________________________
`;

const TEAMS_HTML = `<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
<a class="me-email-headline" style="font-size:14px;text-decoration:underline;color:#6264a7;" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424;">Meeting ID: <span style="font-size:16px;color:#252424;">245 123 456 789</span></span><br><span style="font-size:14px;color:#252424;">Passcode: </span><span style="font-size:16px;color:#252424;">aB3cDe</span></div>
<div style="font-size:14px;"><a class="me-email-link" target="_blank" href="https://www.microsoft.com/en-us/microsoft-teams/download-app" rel="noreferrer noopener">Download Teams</a> | <a class="me-email-link" target="_blank" href="https://www.microsoft.com/microsoft-teams/join-a-meeting" rel="noreferrer noopener">Join on the web</a></div></div>
<div style="margin-bottom:24px;margin-top:20px;"><a class="me-email-link" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener">Learn More</a> | <a class="me-email-link" target="_blank" href="https://teams.microsoft.com/meetingOptions/?organizerId=abc" rel="noreferrer noopener">Meeting options</a></div>
</div>
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>`;

const TEAMS_DE = `________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_de%40thread.v2/0>
Besprechungs-ID: 371 284 129 95
Kenncode: 7QhZ9u
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Oder rufen Sie an (nur Audio)
+49 69 365057566,,512345678#<tel:+4969365057566,,512345678#>   Germany, Frankfurt am Main
Telefonkonferenz-ID: 512 345 678#
Lokale Nummer suchen<https://dialin.teams.microsoft.com/de?id=512345678> | PIN zurücksetzen<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId=de>
________________________________________________________________________________
`;

const TEAMS_FR = `________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_fr%40thread.v2/0>
ID de la réunion : 335 120 883 41
Code secret : Zt4PqR
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId=fr>
________________________________________________________________________________
`;

const TEAMS_ES = `________________________________________________________________________________
Reunión de Microsoft Teams
Únase a través de su ordenador, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_es%40thread.v2/0>
Id. de la reunión: 298 554 112 07
Código de acceso: 3wXs9L
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/?organizerId=es>
________________________________________________________________________________
`;

/** A Teams block in a language the lists do not know: dropped because it is fenced. */
const TEAMS_JA = `________________________________________________________________________________
Microsoft Teams 会議
コンピュータ、モバイル アプリケーション、またはルーム デバイスで参加する
ここをクリックして会議に参加してください<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ja%40thread.v2/0>
会議 ID: 412 771 290 33
パスコード: Hx2kLm
Teams のダウンロード<https://www.microsoft.com/ja-jp/microsoft-teams/download-app> | Web に参加<https://www.microsoft.com/microsoft-teams/join-a-meeting>
詳細情報<https://aka.ms/JoinTeamsMeeting> | 会議のオプション<https://teams.microsoft.com/meetingOptions/?organizerId=ja>
________________________________________________________________________________
`;

const MEET = `-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Join with Google Meet: https://meet.google.com/abc-defg-hij
Or dial: (US) +1 318-555-0142 PIN: 815 934 672#
More phone numbers: https://tel.meet/abc-defg-hij?pin=8159346720123

Learn more about Meet at: https://support.google.com/a/users/answer/9282720

Please do not edit this section.
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-`;

const MEET_OLD = `Join Google Meet
meet.google.com/abc-defg-hij
Join by phone
(US) +1 318-555-0142 (PIN: 815934672)
View more phone numbers
https://tel.meet/abc-defg-hij?pin=8159346720123&hs=7`;

const MEET_DE = `-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Mit Google Meet teilnehmen: https://meet.google.com/xyz-abcd-efg
Oder wählen Sie: (DE) +49 30 300195093 PIN: 612 847 193#
Weitere Telefonnummern: https://tel.meet/xyz-abcd-efg?pin=6128471930123

Weitere Informationen zu Meet finden Sie unter: https://support.google.com/a/users/answer/9282720

Bitte bearbeiten Sie diesen Abschnitt nicht.
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-`;

const MEET_FR = `Participer avec Google Meet : https://meet.google.com/qrs-tuvw-xyz
Ou appelez le : (FR) +33 1 87 40 40 90 PIN : 517 204 988#
Autres numéros de téléphone : https://tel.meet/qrs-tuvw-xyz?pin=5172049880123
En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720
Veuillez ne pas modifier cette section.`;

const MEET_ES = `Unirse con Google Meet: https://meet.google.com/lmn-opqr-stu
O marca el: (ES) +34 910 48 05 17 PIN: 334 908 125#
Más números de teléfono: https://tel.meet/lmn-opqr-stu?pin=3349081250123
Más información sobre Meet: https://support.google.com/a/users/answer/9282720
No edites esta sección.`;

const GOOGLE_FOOTER = `Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding`;

const WEBEX = `-- Do not delete or change any of the following text. --

When it's time, join your Webex meeting here.

Meeting number (access code): 2553 123 4567
Meeting password: Xy3Ab12cDe4 (99321223 from phones and video systems)

Join meeting
https://acme.webex.com/acme/j.php?MTID=m0f1e2d3c4b5a69788796a5b4c3d2e1f0

Tap to join from a mobile device (attendees only)
+1-408-418-9388,,25531234567#99321223# United States Toll
+1-877-668-4493,,25531234567#99321223# United States Toll Free

Join by phone
+1-408-418-9388 United States Toll
+1-877-668-4493 United States Toll Free
Global call-in numbers  |  Toll-free calling restrictions

Join from a video system or application
Dial 25531234567@acme.webex.com
You can also dial 173.243.2.68 and enter your meeting number.

Join using Microsoft Lync or Microsoft Skype for Business
Dial 25531234567.acme@lync.webex.com

If you are a host, click here to view host information.

Need help? Go to https://help.webex.com
`;

const GOTO = `Please join my meeting from your computer, tablet or smartphone.
https://meet.goto.com/123456789

You can also dial in using your phone.
Access Code: 123-456-789
United States: +1 (872) 240-3212

New to GoToMeeting? Get the app now and be ready when your first meeting starts: https://meet.goto.com/install`;

const ALL_BOILERPLATE: Record<string, string> = {
  ZOOM_EN,
  ZOOM_DE,
  ZOOM_FR,
  ZOOM_ES,
  TEAMS_CLASSIC,
  TEAMS_NEW,
  TEAMS_HTML,
  TEAMS_DE,
  TEAMS_FR,
  TEAMS_ES,
  TEAMS_JA,
  MEET,
  MEET_OLD,
  MEET_DE,
  MEET_FR,
  MEET_ES,
  GOOGLE_FOOTER,
  WEBEX,
  GOTO,
};

describe('conference boilerplate alone is never an agenda', () => {
  for (const [name, text] of Object.entries(ALL_BOILERPLATE)) {
    it(`${name} → no agenda, only video-call details`, () => {
      expect(stripConferenceBoilerplate(text)).toBe('');
      expect(detectAgenda(text)).toEqual({ hasAgenda: false, reasons: ['Only the video-call details are there.'] });
    });
  }

  it('several kinds of boilerplate together, with a greeting', () => {
    const text = `Hi there,\n\n${ZOOM_EN}\n${MEET}\n\n${GOOGLE_FOOTER}`;
    expect(detectAgenda(text)).toEqual({ hasAgenda: false, reasons: ['Only the video-call details are there.'] });
  });

  it('counts what it removed', () => {
    const { text, removedLines } = analyzeConferenceBoilerplate(`Budget review\n\n${MEET}`);
    expect(text).toBe('Budget review');
    expect(removedLines).toBeGreaterThan(5);
  });

  it('keeps the text around a join line and drops only the link', () => {
    expect(stripConferenceBoilerplate('Decide the Q3 budget — https://zoom.us/j/81234567890')).toBe(
      'Decide the Q3 budget —',
    );
  });

  it('keeps documents that are not conference links', () => {
    expect(stripConferenceBoilerplate('Agenda: https://docs.google.com/document/d/1abc/edit')).toBe(
      'Agenda: https://docs.google.com/document/d/1abc/edit',
    );
  });

  it('a vague line plus boilerplate is still no agenda, for the right reason', () => {
    expect(detectAgenda(`Let's sync\n\n${TEAMS_CLASSIC}`)).toEqual({
      hasAgenda: false,
      reasons: ['No topics, goals or questions found.'],
    });
  });
});

const AGENDA_EN = `Agenda:
1. Review Q3 revenue against plan
2. Decide on the hiring plan for the platform team
3. Agree owners for the launch checklist
`;

describe('boilerplate plus a real agenda → agenda', () => {
  for (const [name, text] of Object.entries(ALL_BOILERPLATE)) {
    it(`agenda above ${name}`, () => {
      const result = detectAgenda(`${AGENDA_EN}\n${text}`);
      expect(result.hasAgenda).toBe(true);
      expect(result.reasons).toContain('Has an ‘Agenda’ heading.');
      expect(result.reasons).toContain('Lists 3 topics.');
    });
    it(`agenda below ${name}`, () => {
      expect(detectAgenda(`${text}\n\n${AGENDA_EN}`).hasAgenda).toBe(true);
    });
  }

  it('Zoom phone bullets are not counted as topics', () => {
    const result = detectAgenda(`Goal: pick a vendor for payroll\n\n${ZOOM_EN}`);
    expect(result.hasAgenda).toBe(true);
    expect(result.reasons.some((r) => r.startsWith('Lists'))).toBe(false);
  });

  it("Zoom's own “Topic:” line restating the title is not an agenda", () => {
    expect(detectAgenda(ZOOM_EN).hasAgenda).toBe(false);
  });

  it('agenda in HTML above a Teams HTML block', () => {
    const html = `<p><b>Agenda</b></p><ul><li>Walk through the incident timeline</li><li>Agree on follow-up owners</li></ul><br>${TEAMS_HTML}`;
    const result = detectAgenda(html);
    expect(result.hasAgenda).toBe(true);
    expect(result.reasons.slice(0, 2)).toEqual(['Has an ‘Agenda’ heading.', 'Lists 2 topics.']);
  });

  it('agenda in German above a German Teams block', () => {
    const result = detectAgenda(`Tagesordnung:\n- Budget 2026\n- Personalplanung\n\n${TEAMS_DE}`);
    expect(result.hasAgenda).toBe(true);
    expect(result.reasons[0]).toBe('Has a ‘Tagesordnung’ heading.');
  });
});
