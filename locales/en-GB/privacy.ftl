# The privacy notice (/p/{plan}/privacy): who is responsible for people's data on a plan,
# what it is used for, how long it is kept, the cookies and people's rights.

privacy-page-title = Privacy notice – { $plan }
privacy-heading = Privacy notice
privacy-skip = Skip to the notice
privacy-back = Back to the map
privacy-loading = Loading the privacy notice…
privacy-not-found = There is no plan at this address.
privacy-load-failed = The privacy notice could not be loaded. Check your connection and try again.
privacy-intro = This notice explains what information about you this map keeps, why, for how long, and what you can ask us to do with it.

privacy-controller-heading = Who is responsible for your information
# $controller is an organisation's name, as the plan's organisers wrote it.
privacy-controller = { $controller } is responsible for the information you give on this map (the "data controller").
privacy-controller-missing = The plan's organisers have not yet named who is responsible for your information. Until they do, write to the contact below.
privacy-contact-heading = How to contact us
privacy-contact-intro = To ask about your information or to use any of your rights, write to:
privacy-contact-missing = The plan's organisers have not yet given a contact address.

privacy-purposes-heading = What we use your information for
privacy-purpose-contributions = Your pins, replies and supports, and the name you choose to show with them, so that your neighbours and the people planning the area can read them.
privacy-purpose-accounts = Your account (your e-mail address and password), so that you can sign in and change or remove what you wrote.
privacy-purpose-mail = Mail you asked for: updates about a place or a pin you follow, and links to sign up or reset your password.
privacy-purpose-conversations = Conversations that community mobilisers record with you on the doorstep or at events, only with your agreement.
privacy-purpose-moderation = Keeping the map safe: reports of unsuitable content, moderators' decisions and a record of who changed what.
privacy-purpose-equality_questions = Your answers to the optional "about you" questions (age, gender, ethnic group, disability, housing and the first half of your postcode), if you choose to answer, so that we can see who is not yet being heard. They are kept apart from what you said, and only ever shown as counts.

privacy-retention-heading = How long we keep it
privacy-retention-intro = These are the periods this map is set up with. After them, the information is deleted or no longer linked to you.
privacy-retention-events = Record of changes behind live updates and digests
privacy-retention-sessions = Signed-in sessions, after they end
privacy-retention-unconfirmed = Follows you never confirmed
privacy-retention-sent-mail = Mail we sent you
privacy-retention-retry = Keys that stop a pin being posted twice
privacy-retention-visitor = Link between your pins and your browser, without an account
privacy-retention-inactive = Accounts nobody has signed in to
privacy-retention-about-you = Your answers to the "about you" questions
# $days is a number of days, at least 1.
privacy-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
privacy-kept = Not deleted automatically
privacy-inactive-off = Not deleted for lack of use
# $days: the days after which an unused account is deleted, once its owner has been warned by mail.
privacy-inactive-days = { $days ->
    [one] Deleted after { $days } day without use, after a warning by mail
   *[other] Deleted after { $days } days without use, after a warning by mail
}

privacy-cookies-heading = Cookies
privacy-cookies-intro = We use only cookies that are strictly necessary for what you ask the map to do, so we do not ask for your consent. The map does not load anything from other websites and has no advertising or tracking.
privacy-cookie-name = Cookie
privacy-cookie-purpose = What it is for
privacy-cookie-lifetime = How long it lasts
privacy-cookie-sign-in = Keeps you signed in.
privacy-cookie-visitor = Lets you change your own pins without an account, and counts your support once.
privacy-cookie-language = Remembers the language you chose.
privacy-cookie-your-data = Holds, for an hour, the e-mail address you proved on the "Your data" page, so you can download or erase what is tied to it.

privacy-rights-heading = Your rights
privacy-right-access = You can ask for a copy of the information we hold about you.
privacy-right-rectification = You can ask us to correct information that is wrong.
privacy-right-erasure = You can ask us to delete your information. You can also delete your own pins and your account yourself.
privacy-right-objection = You can object to how we use your information.
privacy-right-complaint = If you are unhappy with how we handled your information, you can complain to the Information Commissioner's Office (ICO).
privacy-rights-how = To use any of these rights, write to the contact above. We will answer within one month.
privacy-your-data-link = See, download or erase your data yourself
privacy-complaint-link = Complain to the ICO
