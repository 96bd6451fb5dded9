import type { MessageKey } from './index.js'

/** English messages: complete, checked against the Thai keys by the type. */
export const en: Record<MessageKey, string> = {
  'service.name': 'Customs Trader Portal',
  'service.agency': 'Customs Department',
  'service.tagline': 'Register as an importer or exporter online',
  'layout.skip': 'Skip to main content',
  'layout.language': 'Language',
  'layout.switchTo': 'ไทย',
  'layout.switchToLabel': 'เปลี่ยนเป็นภาษาไทย',
  'layout.simulator': 'SIMULATOR — development and test system, not the real service',
  'layout.errorPrefix': 'Error: ',
  'footer.contact': 'Contact us',
  'footer.callCenter': 'Customs Call Center: call 1164',
  'footer.email': 'E-mail ctp@customs.go.th',
  'footer.serviceCentre':
    'Customs Service Centre, Building 1, ground floor, Customs Department, Khlong Toei, Bangkok',
  'footer.sections':
    'Importer/Exporter Registration Section and Customs Broker Registration Section',
  'footer.contactPage': 'All the ways to contact us',
  'footer.help': 'Ask a question or report a problem',
  'footer.helpStep': 'A problem with this step? Tell us',
  'error.helpLink': 'Report this problem (the reference goes with it)',
  'footer.privacy': 'Privacy notice',
  'footer.terms': 'Terms and Conditions',
  'footer.legal': 'Legal information',
  'footer.openSource': 'Open-source software',
  'notice.submitRefused':
    'Your application has not been sent: it changed after the page you sent it from was opened, for example in another tab or window. Check the details on this page, then send it again.',
  'notice.alreadyRegistered':
    'You are already registered, so there is nothing to register again. You are now signed in, and this page shows your registration.',
  'errorSummary.title': 'There is a problem',
  'home.title': 'Register as an importer or exporter',
  'home.lead':
    "Register with the Customs Department yourself, online. Prove who you are with Krungthai Bank's Pao Tang app and get your result at once.",
  'home.auto':
    'Decisions are automatic, by published rules. No officer approves or refuses, and there is no fee.',
  'home.whoTitle': 'Who can use this service',
  'home.whoPerson': 'Individuals of Thai nationality',
  'home.whoCompany':
    'Juristic persons registered with the Department of Business Development (DBD), through their authorised directors',
  'home.needTitle': 'What you need',
  'home.needApp': 'A mobile phone with the Pao Tang app (identity verified)',
  'home.needEmail': 'An e-mail address you can open',
  'home.needMobile': 'A mobile phone number',
  'home.timeTitle': 'How long it takes',
  'home.time': 'About 5 minutes. Your answers are saved, so you can stop and come back later.',
  'home.journeysTitle': 'Start now',
  'home.startPerson': 'Register as an individual',
  'home.startPersonHint': 'For Thai nationals who import or export in their own name',
  'home.startCompany': 'Register a company',
  'home.startCompanyHint':
    'For companies and partnerships registered with the Department of Business Development',
  'home.comingSoon': 'Opening soon',
  'home.rulesLink': 'See the decision rules',
  'home.helpTitle': 'Get help',
  'home.help':
    'Call 1164 (Customs Call Center), 24 hours a day, or visit the Customs Service Centre.',
  'error.404.title': 'Page not found',
  'error.404.body':
    'If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.',
  'error.403.title': 'This request is not allowed',
  'error.403.body': 'You do not have permission to do this. If you think this is wrong, call 1164.',
  'error.403.csrf':
    'The page you sent came from an expired form or not from this service, so for your safety nothing was saved. Go back, reload the page and send it again.',
  'error.413.title': 'What you sent is too large',
  'error.413.body': 'Make it smaller and try again.',
  'error.429.title': 'Too many requests',
  'error.429.body': 'Wait a moment and try again. Your answers are still here.',
  'error.400.title': 'The request could not be read',
  'error.400.body': 'Go back to the previous page and try again.',
  'error.500.title': 'Sorry, there is a problem with the service',
  'error.500.body': 'Anything you already saved is safe. Try again later.',
  'error.503.title': 'Sorry, the service is unavailable for a moment',
  'error.503.body': 'Try again in a few minutes. Anything you already saved is safe.',
  'error.reference': 'Reference',
  'error.referenceHelp': 'If you call 1164, give this reference.',
  'error.home': 'Go to the home page',
  'timeout.title': 'You will be signed out in 2 minutes',
  'timeout.body':
    'For your security we sign you out after 15 minutes without activity. Anything you saved is kept, and the link in your e-mail brings you back.',
  'timeout.extend': 'Stay signed in',
  'document.version': 'Version {version}, published {date}',
}
