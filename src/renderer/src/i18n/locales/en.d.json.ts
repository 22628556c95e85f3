// Generated from en.json by `npm run locale-types` (scripts/localeTypes.test.ts checks it is current).
// TypeScript reads this instead of en.json, so every text keeps its literal type for typed `t()` calls.
declare const en: {
  readonly app: {
    readonly movingAttachments: "Moving attachments out of the database into files of their own: {{moved}} of {{total}}…";
    readonly name: "Cancellation Journal";
    readonly mainActions: "Main actions";
    readonly detail: "Case details";
  };
  readonly shortcut: {
    readonly newCase: "New case (Ctrl+N / ⌘N)";
  };
  readonly action: {
    readonly newCase: "New case";
    readonly backToJournal: "Back to journal";
    readonly openTrash_one: "Trash ({{count, number}})";
    readonly openTrash_other: "Trash ({{count, number}})";
    readonly settings: "Settings";
    readonly deleteCase: "Delete case";
    readonly openPortal: "Open portal";
    readonly addDevice: "Add device";
    readonly removeDevice: "Remove device";
    readonly addOrder: "Add order";
    readonly removeOrder: "Remove order";
    readonly create: "Create";
    readonly cancel: "Cancel";
    readonly restore: "Restore";
    readonly deleteForever: "Delete forever";
    readonly emptyTrash: "Empty Trash";
    readonly importJson: "Import JSON or archive";
    readonly exportJson: "Export JSON";
    readonly exportArchive: "Export archive";
    readonly exportPdf: "Export PDF";
    readonly close: "Close";
    readonly import: "Import";
    readonly dismiss: "Dismiss";
    readonly addAttachment: "Add attachment";
    readonly saveCopy: "Save a copy";
    readonly overview: "Overview";
  };
  readonly trash: {
    readonly hint: "Deleted cases wait here until you restore them or empty the Trash.";
    readonly title: "Trash";
    readonly count_zero: "No cases in the Trash";
    readonly count_one: "{{count, number}} case in the Trash";
    readonly count_other: "{{count, number}} cases in the Trash";
    readonly empty: "The Trash is empty.";
    readonly deletedOn: "Moved to the Trash on {{date}}.";
    readonly deleteForeverTitle: "Delete “{{title}}” forever?";
    readonly cannotUndo: "This cannot be undone.";
    readonly emptyTitle_one: "Delete {{count, number}} case forever?";
    readonly emptyTitle_other: "Delete {{count, number}} cases forever?";
    readonly emptied_one: "{{count, number}} case deleted forever.";
    readonly emptied_other: "{{count, number}} cases deleted forever.";
    readonly movedToTrash: "“{{title}}” moved to the Trash.";
  };
  readonly list: {
    readonly pickOrCreate: "Choose a case on the left, or start a new one (Ctrl+N).";
    readonly title: "Journal";
    readonly cases: "Cases";
    readonly search: "Search cases";
    readonly searchPlaceholder: "Search title, provider, account, notes…";
    readonly statusFilter: "Filter by status";
    readonly allStatuses: "All statuses";
    readonly categoryFilter: "Filter by type";
    readonly allCategories: "All types";
    readonly loading: "Loading…";
    readonly count_zero: "No cases";
    readonly count_one: "{{count, number}} case";
    readonly count_other: "{{count, number}} cases";
    readonly noMatch: "No case matches this search or filter.";
    readonly empty: "No cases yet. Start one with “New case”.";
    readonly noProvider: "No provider yet";
    readonly progress: "{{finished}} of {{total}} steps done";
    readonly progressShort: "{{finished}}/{{total}}";
    readonly decisionOn: "Decision due {{date}}";
    readonly exportShown: "Exports the cases shown by this search or filter";
    readonly exportAll: "Exports every case in the journal";
    readonly attentionFilter: "Only cases that need attention";
  };
  readonly status: {
    readonly draft: "Draft";
    readonly preparing: "Preparing";
    readonly submitted: "Submitted";
    readonly under_review: "Under review";
    readonly confirmed: "Confirmed";
    readonly rejected: "Rejected";
    readonly withdrawn: "Withdrawn";
  };
  readonly category: {
    readonly phone_esim: "Phone / eSIM";
    readonly streaming: "Streaming";
    readonly software: "Software";
    readonly membership: "Membership";
    readonly utility: "Utility";
    readonly other: "Other";
  };
  readonly next: {
    readonly checklist: "Next: {{title}}";
    readonly submit: "Ready to submit";
    readonly awaitDecisionBy: "Waiting for the decision";
    readonly awaitDecision: "Waiting for the decision";
    readonly closed: {
      readonly confirmed: "Closed, confirmed";
      readonly rejected: "Rejected by the provider";
      readonly withdrawn: "Withdrawn";
    };
  };
  readonly editor: {
    readonly gone: "This case is no longer in the journal.";
    readonly portalFailed: "The portal did not open: {{message}}";
    readonly saveFailed: "Not saved: {{message}}";
    readonly savedAutomatically: "Every change is saved automatically.";
    readonly saving: "Saving…";
  };
  readonly casePage: {
    readonly summary: "Case summary";
    readonly submitted: "Submitted";
    readonly decisionDue: "Decision due";
    readonly confirmed: "Confirmed";
    readonly notYet: "Not yet";
    readonly unknown: "Needs the submission date";
    readonly notRecorded: "Date not recorded";
    readonly checklist: "Checklist";
    readonly next: "Next";
    readonly open: "Still open";
    readonly nothingOpen: "Nothing open";
    readonly help: "Help";
    readonly showHelp: "Show help";
    readonly hideHelp: "Hide help";
    readonly done: "Done";
    readonly doneOn: "Done {{date}}";
    readonly skipped: "Skipped";
    readonly dateAndNote: "Date and note";
    readonly note: "Note";
    readonly undo: "Undo";
    readonly firstRunHeading: "Your cancellation journal";
    readonly firstRunWhat: "Keep a case for every subscription or account you cancel: what was left on it, which devices you unbound, when you asked, and the proof that closed it.";
    readonly firstRunHow: "Each case follows a checklist, so later you can show what you did and when. Try the example first, or start your own.";
    readonly startExample: "Start the example case";
    readonly startOwn: "Start my own case";
    readonly review: "Review";
    readonly cancelBy: "Cancel by";
    readonly followUp: "Follow up";
    readonly refundDue: "Refund due";
    readonly lastDayToDispute: "Last day to dispute";
    readonly cancelByNotice: "{{date}}, notice before the renewal on {{renewsOn}}";
    readonly cancelByTrial: "{{date}}, the last day of the free trial";
  };
  readonly field: {
    readonly title: "Title";
    readonly status: "Status";
    readonly provider: "Provider";
    readonly account: "Account";
    readonly accountPlaceholder: "Phone number, e-mail or account ID";
    readonly category: "Category";
    readonly portalUrl: "Portal address";
    readonly urlProblem: "Enter a web address starting with https:// or http://.";
    readonly supportContact: "Support contact";
    readonly tags: "Tags";
    readonly tagsPlaceholder: "Comma-separated, e.g. travel, 2026";
    readonly notes: "Notes";
    readonly balance: "Balance";
    readonly currency: "Currency";
    readonly balanceOutcome: "What happened to it";
    readonly refundedAmount: "Refunded amount";
    readonly deviceName: "Device name";
    readonly deviceKind: "Kind";
    readonly unbound: "Unbound";
    readonly unboundOn: "Unbound on";
    readonly orderReference: "Order reference";
    readonly orderDescription: "Description";
    readonly orderAmount: "Amount";
    readonly dueOn: "Due on";
    readonly orderStatus: "Order status";
    readonly submittedOn: "Submitted on";
    readonly channel: "Channel";
    readonly referenceNumber: "Reference number";
    readonly reviewBusinessDays: "Expected review (business days)";
    readonly confirmedOn: "Confirmed on";
    readonly confirmationMethod: "Received via";
    readonly confirmationNumber: "Confirmation number";
    readonly released: "Number or login released for reuse";
    readonly template: "Template";
    readonly required: "This cannot be empty.";
    readonly country: "Country";
    readonly renewsOn: "Renews on";
    readonly noticePeriod: "Notice period";
    readonly noticeUnit: "Notice period unit";
    readonly trialEndsOn: "Trial ends on";
    readonly followUpOn: "Follow up on";
    readonly refundDueOn: "Refund due on";
    readonly disputedChargeOn: "Disputed charge on";
    readonly disputeWindowDays: "Dispute window (days)";
    readonly recurringFee: "Recurring fee";
    readonly billingPeriod: "Billing period";
  };
  readonly section: {
    readonly details: "Details";
    readonly checklist: "Checklist";
    readonly balance: "Credit or balance left";
    readonly devices: "Devices";
    readonly orders: "Orders and bills";
    readonly submission: "Submission";
    readonly confirmation: "Confirmation";
    readonly evidence: "Evidence";
    readonly history: "History";
    readonly deadlines: "Dates";
  };
  readonly checklist: {
    readonly prerequisites: "Before you submit";
    readonly steps: "Steps";
    readonly skip: "Skip";
    readonly unskip: "Undo skip";
    readonly completedOn: "Completed on";
    readonly note: "Note";
  };
  readonly balance: {
    readonly help: "Credit is usually not refunded automatically. Spend it, move it or ask for a refund before you cancel.";
    readonly feePer: "{{fee}}, {{period}}";
  };
  readonly balanceOutcome: {
    readonly none: "Nothing yet";
    readonly spent: "Spent";
    readonly transferred: "Transferred";
    readonly refund_requested: "Refund requested";
    readonly refunded: "Refunded";
    readonly forfeited: "Forfeited";
  };
  readonly devices: {
    readonly none: "No devices recorded. Add each phone or tablet the plan is bound to.";
    readonly stillBound_zero: "All devices unbound";
    readonly stillBound_one: "{{count, number}} device still bound";
    readonly stillBound_other: "{{count, number}} devices still bound";
    readonly numbered: "Device {{number}}";
  };
  readonly deviceKind: {
    readonly phone: "Phone";
    readonly tablet: "Tablet";
    readonly computer: "Computer";
    readonly watch: "Watch";
    readonly other: "Other";
  };
  readonly orders: {
    readonly none: "No orders or bills recorded.";
    readonly open_zero: "All orders settled";
    readonly open_one: "{{count, number}} order open";
    readonly open_other: "{{count, number}} orders open";
    readonly numbered: "Order {{number}}";
  };
  readonly orderStatus: {
    readonly open: "Open";
    readonly paid: "Paid";
    readonly cancelled: "Cancelled";
    readonly disputed: "Disputed";
  };
  readonly channel: {
    readonly web_portal: "Web portal";
    readonly app: "App";
    readonly email: "E-mail";
    readonly phone: "Phone";
    readonly in_person: "In person";
  };
  readonly confirmationMethod: {
    readonly email: "E-mail";
    readonly letter: "Letter";
    readonly in_app: "In the app";
    readonly phone: "Phone";
  };
  readonly common: {
    readonly notSet: "Not set";
  };
  readonly submission: {
    readonly expectedDecision: "Expected decision: <strong>{{date}}</strong>";
    readonly expectedDecisionUnknown: "enter the submission date and the review time";
    readonly weekendsExcluded: "Counted in business days: Saturdays, Sundays and the public holidays of the case's country are skipped.";
  };
  readonly statusChange: {
    readonly title: "Mark as {{status}}";
    readonly help: "The day it happened, as you would tell it later. It can be earlier than today.";
    readonly happenedOn: "Date it happened";
    readonly confirm: "Change status";
    readonly recordedAtInBrackets: "(recorded {{time}})";
    readonly editDate: "Change the date of “{{status}}”";
  };
  readonly timeline: {
    readonly created: "Created {{date}}";
    readonly updated: "last changed {{date}}";
  };
  readonly warning: {
    readonly title: "Submitted with prerequisites still open:";
    readonly balanceNotSettled: "Balance not settled";
    readonly devicesStillBound_one: "{{count, number}} device still bound";
    readonly devicesStillBound_other: "{{count, number}} devices still bound";
    readonly ordersOpen_one: "{{count, number}} order open";
    readonly ordersOpen_other: "{{count, number}} orders open";
    readonly prerequisiteOpen: "Not done: {{title}}";
  };
  readonly date: {
    readonly placeholder: "YYYY-MM-DD";
    readonly choose: "Choose date";
    readonly calendar: "Calendar";
    readonly problem: {
      readonly format: "Write the date as YYYY-MM-DD, e.g. 2026-11-02.";
      readonly nonexistent: "This date does not exist.";
    };
  };
  readonly amount: {
    readonly problem: {
      readonly negative: "The amount cannot be negative.";
      readonly notNumber: "Enter an amount, e.g. {{example}}.";
      readonly ambiguous: "This could be read two ways. Write it as in {{example}}.";
      readonly otherCurrency: "This amount is in {{currency}}. To use another currency, change the currency first.";
      readonly tooManyDecimals_one: "{{currency}} has at most {{count, number}} decimal.";
      readonly tooManyDecimals_other: "{{currency}} has at most {{count, number}} decimals.";
      readonly tooManyDecimals_zero: "{{currency}} has no decimals.";
      readonly tooLarge: "This amount is too large.";
    };
  };
  readonly currency: {
    readonly problem: {
      readonly unknown: "“{{code}}” is not an ISO 4217 currency code (e.g. USD, IDR, CNY).";
    };
  };
  readonly wholeNumber: {
    readonly problem: {
      readonly notWhole: "Enter a whole number of days.";
      readonly outOfRange: "Enter a number from {{min}} to {{max}}.";
    };
  };
  readonly newCase: {
    readonly heading: "New case";
    readonly help: "Give it a name you will recognise. The checklist comes from the template; you fill in the rest as it happens.";
    readonly titlePlaceholder: "e.g. Axis eSIM (travel number)";
    readonly failed: "The case could not be created: {{message}}";
    readonly templateOption: "{{name}} ({{language}} checklist)";
    readonly checklistLanguage: {
      readonly en: "English";
      readonly "zh-CN": "Chinese";
    };
  };
  readonly settings: {
    readonly heading: "Settings";
    readonly language: "Language";
    readonly languageSystem: "Same as the system";
    readonly theme: "Light and dark follow your system's appearance.";
    readonly version: "Version";
    readonly dataFolder: "Data folder";
    readonly browserDataFolder: "This browser’s own storage, kept with its profile";
    readonly background: "When the window is closed";
    readonly keepRunningInTray: "Keep running in the tray when the window is closed";
    readonly keepRunningInTrayHelp: "Closing the window then hides it: the app keeps running in the system tray, so reminders still arrive while the window is closed. Choose Quit in the tray icon’s menu to stop it.";
    readonly openAtLogin: "Open at login";
    readonly openAtLoginHelp: "The app starts when you log in to this computer. With “Keep running in the tray” on, it starts hidden in the tray; otherwise its window opens.";
    readonly openAtLoginUnsupported: "Opening at login is not available on Linux: Electron cannot register login items there. Add Cancellation Journal to your desktop’s startup applications if you want it.";
    readonly backgroundFailed: "The setting could not be saved: {{message}}";
    readonly remindersTitle: "Reminders";
    readonly reminderLeadDays: "Remind me days before a deadline";
    readonly reminderLeadDaysHint: "Days before a cancel-by date or the end of a dispute window, separated by commas (for example 7, 1). Reminders also come on the day.";
    readonly reminderLeadDaysInvalid: "Write up to five whole numbers of days from 1 to 365, separated by commas.";
  };
  readonly export: {
    readonly savedJson_zero: "An empty journal saved to {{path}}";
    readonly savedJson_one: "{{count, number}} case saved to {{path}}";
    readonly savedJson_other: "{{count, number}} cases saved to {{path}}";
    readonly savedArchive_zero: "An empty journal archived to {{path}}";
    readonly savedArchive_one: "{{count, number}} case and its attachments archived to {{path}}";
    readonly savedArchive_other: "{{count, number}} cases and their attachments archived to {{path}}";
    readonly failed: "Export failed: {{message}}";
    readonly journalFileName: "cancellation-journal";
    readonly archiveProgress: "Exporting attachments: {{done}} of {{total}} MB…";
    readonly archivePreparing: "Preparing the archive…";
    readonly archiveCancelled: "Export cancelled; nothing was saved.";
    readonly tooLargeForJson: "These cases’ attachments take {{size}} in a JSON file, more than the {{limit}} it can hold. Use “Export archive” instead: an archive holds attachments of any size.";
  };
  readonly import: {
    readonly heading: "Import JSON or archive";
    readonly unchanged: "Nothing was imported; your journal is unchanged.";
    readonly failed: "The import failed: {{message}}";
    readonly newCases_zero: "No new cases";
    readonly newCases_one: "{{count, number}} new case";
    readonly newCases_other: "{{count, number}} new cases";
    readonly existingCases_zero: "No case already in your journal";
    readonly existingCases_one: "{{count, number}} case already in your journal (same id)";
    readonly existingCases_other: "{{count, number}} cases already in your journal (same id)";
    readonly templates_one: "{{count, number}} template comes along: {{names}}";
    readonly templates_other: "{{count, number}} templates come along: {{names}}";
    readonly templateHere: "{{name}} (already here)";
    readonly existingQuestion: "Cases already in your journal";
    readonly choice: {
      readonly skip: "Skip them (keep mine)";
      readonly replace: "Replace mine with the imported ones";
      readonly keepBoth: "Keep both (import as copies)";
    };
    readonly importing: "Importing…";
    readonly checking: "Checking case {{done}} of {{total}}…";
    readonly writing: "Importing case {{done}} of {{total}}…";
    readonly cancelled: "Import cancelled. Nothing was imported; your journal is as it was.";
    readonly done: "Imported: {{added, number}} added, {{replaced, number}} replaced, {{skipped, number}} skipped.";
    readonly problem: {
      readonly tooLarge: "“{{name}}” is {{size}}, more than the {{limit}} a journal file may be.";
      readonly notJson: "“{{name}}” is not a JSON file ({{detail}}).";
      readonly notJournal: "“{{name}}” is not a Cancellation Journal export.";
      readonly newerVersion: "“{{name}}” was written by a newer Cancellation Journal (format version {{version}}; this app reads up to version {{supported}}). Update the app to import it.";
      readonly unsupportedVersion: "“{{name}}” uses format version {{version}}, which this app cannot read.";
      readonly invalidHeader: "“{{name}}” is damaged: {{path}} {{message}}.";
      readonly invalidCase: "Case {{number}}: {{path}} {{message}}.";
      readonly invalidCaseTitled: "Case {{number}} (“{{title}}”): {{path}} {{message}}.";
      readonly invalidTemplate: "Template {{number}}: {{path}} {{message}}.";
      readonly duplicateId: "Cases {{first}} and {{second}} have the same id ({{id}}).";
      readonly duplicateAttachmentId: "Cases {{first}} and {{second}} have an attachment with the same id ({{id}}); each attachment needs its own.";
      readonly duplicateTemplate: "Templates {{first}} and {{second}} are the same template (“{{name}}”) twice.";
      readonly notUtf8: "“{{name}}” is not UTF-8 text: the byte at offset {{offset}} is not valid UTF-8. It may have been saved in another encoding or damaged.";
      readonly attachment: {
        readonly checksum: "Case {{number}}: the attachment “{{name}}” does not match its SHA-256 checksum; the file was changed or damaged.";
        readonly size: "Case {{number}}: the attachment “{{name}}” is not the size the file says it is; the file was changed or damaged.";
      };
      readonly archive: {
        readonly notZip: {
          readonly noDirectory: "“{{name}}” is not a journal archive that can be read: the end of a zip, where its table of contents is, is missing. The file may be incomplete (a download or copy cut short) or not a zip at all.";
          readonly split: "“{{name}}” is one part of a zip split into several files. Join the parts into one zip, then import it.";
          readonly encryptedDirectory: "“{{name}}” cannot be read: its table of contents is encrypted. Journal archives are never encrypted.";
          readonly unreadable: "“{{name}}” could not be read as a zip. Check that the file is whole and that this app may read it.";
        };
        readonly unsafeEntry: "“{{name}}” was refused: its entry “{{entry}}” names a place outside the archive.";
        readonly duplicateEntry: "“{{name}}” was refused: it holds two entries named “{{entry}}”.";
        readonly encryptedEntry: "“{{name}}” was refused: the entry “{{entry}}” is encrypted.";
        readonly noManifest: "“{{name}}” is not a Cancellation Journal archive: it has no manifest.json.";
        readonly badManifest: {
          readonly notJson: "“{{name}}” is damaged: its manifest is not JSON.";
          readonly shape: "“{{name}}” is damaged: its manifest’s “{{field}}” is not as a journal archive writes it.";
          readonly tooManyEntries: "“{{name}}” lists more than {{limit, number}} entries, more than any journal archive holds.";
        };
        readonly newerArchive: "“{{name}}” was written by a newer Cancellation Journal (archive version {{version}}; this app reads up to version {{supported}}). Update the app to import it.";
        readonly unlistedEntry: "“{{name}}” was refused: the entry “{{entry}}” is not in its manifest.";
        readonly missingEntry: "“{{name}}” is incomplete: “{{entry}}” is in its manifest but not in the archive.";
        readonly noJournal: "“{{name}}” has no journal.json.";
        readonly entryTooLarge: "“{{name}}” was refused: “{{entry}}” is {{size}}, more than the {{limit}} allowed.";
        readonly sizeMismatch: "“{{name}}” was refused: “{{entry}}” is not the size its manifest says; the archive was changed or damaged.";
        readonly compressionRatio: "“{{name}}” was refused: “{{entry}}” would expand far more than any real file does (a zip bomb).";
        readonly hashMismatch: "“{{name}}” was refused: “{{entry}}” does not match its SHA-256 checksum; the archive was changed or damaged.";
        readonly damagedEntry: {
          readonly truncated: "“{{name}}” is damaged: “{{entry}}” cannot be read, the archive ends inside it (a download or copy cut short).";
          readonly noHeader: "“{{name}}” is damaged: “{{entry}}” is not where the archive’s table of contents says.";
          readonly badChecksum: "“{{name}}” is damaged: “{{entry}}” does not match its CRC-32 checksum.";
          readonly notDecompressible: "“{{name}}” is damaged: “{{entry}}” cannot be decompressed.";
        };
        readonly attachmentNotInArchive: "Case {{number}}: the attachment “{{attachment}}” is not in the archive.";
      };
    };
    readonly listSeparator: ", ";
    readonly type: {
      readonly string: "text";
      readonly number: "a number";
      readonly int: "a whole number";
      readonly boolean: "true or false";
      readonly array: "a list";
      readonly object: "a group of fields";
      readonly value: "a different kind of value";
    };
    readonly field: {
      readonly missing: "is missing";
      readonly wrongType: "must be {{type}}";
      readonly notOneOf: "must be one of {{allowed}}";
      readonly timestamp: "must be a date and time in ISO 8601 (e.g. 2026-11-02T09:30:00Z)";
      readonly tooLong: {
        readonly characters_one: "is longer than {{count, number}} character";
        readonly characters_other: "is longer than {{count, number}} characters";
        readonly items_one: "has more than {{count, number}} item";
        readonly items_other: "has more than {{count, number}} items";
      };
      readonly tooShort: {
        readonly characters_one: "must have at least {{count, number}} character";
        readonly characters_other: "must have at least {{count, number}} characters";
        readonly items_one: "must have at least {{count, number}} item";
        readonly items_other: "must have at least {{count, number}} items";
      };
      readonly tooLarge: {
        readonly inclusive: "must be at most {{maximum}}";
        readonly exclusive: "must be less than {{maximum}}";
      };
      readonly tooSmall: {
        readonly inclusive: "must be at least {{minimum}}";
        readonly exclusive: "must be more than {{minimum}}";
      };
      readonly schema: {
        readonly calendarDate: "must be a date written as YYYY-MM-DD";
        readonly nonexistentDate: "is not a date that exists";
        readonly currencyCode: "must be a three-letter ISO 4217 currency code";
        readonly unknownCurrency: "is not a known ISO 4217 currency";
        readonly decimalAmount: "must be an amount written as digits with an optional point and decimals, such as 15000 or 12.5";
        readonly webAddress: "must start with http:// or https://";
        readonly mediaType: "must be a media type such as image/png";
        readonly sha256: "must be a SHA-256 digest in lowercase hex";
        readonly base64: "must be base64-encoded bytes";
        readonly duplicateIds: "must not have two items with the same id";
        readonly statusNotInHistory: "must be the status of the last change in statusHistory";
        readonly timestampRange: "must be a moment between the years 1 and 9999";
        readonly correctsElsewhere: "must correct only another entry of the same case and kind";
        readonly countryCode: "must be a two-letter country code in capitals, such as ID or CN";
      };
      readonly other: "is not valid ({{message}})";
    };
  };
  readonly report: {
    readonly footer: "Generated {{date}} · {{name}} {{version}}";
    readonly journalTitle: "Cancellation journal";
    readonly saved: "PDF saved to {{path}}";
    readonly failed: "The PDF could not be saved: {{message}}";
    readonly preview: "Report preview";
    readonly previewLabel: "Report preview";
    readonly maskAccount: "Mask account numbers";
    readonly paperSize: "Paper";
    readonly paper: {
      readonly A4: "A4";
      readonly Letter: "US Letter";
    };
    readonly savePdf: "Save PDF";
    readonly kicker: "Cancellation record";
    readonly summary: "Summary";
    readonly expectedDecision: "Expected decision";
    readonly actualDecision: "Actual decision";
    readonly step: "Step";
    readonly state: "State";
    readonly itemState: {
      readonly todo: "Open";
      readonly done: "Done";
      readonly skipped: "Skipped";
    };
    readonly none: "None recorded.";
    readonly yes: "Yes";
    readonly no: "No";
    readonly fileName: "File";
    readonly fileSize: "Size";
    readonly pages: "The report as it will be printed";
    readonly kindColumn: "Kind";
    readonly includeIdDocuments: "Include ID documents";
    readonly evidenceImages: "Evidence images";
    readonly idDocumentLeftOut: "ID document — not included in this report";
  };
  readonly backups: {
    readonly heading: "Backups";
    readonly help: "A full copy of the journal is saved automatically, compressed, when the app starts and then once a day. Kept are the newest backup of each of the last 7 days, 4 weeks and 6 months.";
    readonly folder: "Folder: <place>{{place}}</place>";
    readonly browserFolder: "a store of their own in this browser’s storage";
    readonly none: "No backup yet.";
    readonly restore: "Restore backup";
    readonly now: "Back up now";
    readonly made: "Backup saved.";
    readonly notDue: "A backup was made less than a day ago; the next is due {{time}}.";
    readonly failed: "Backup failed: {{message}}";
    readonly next: "Next backup: {{time}}.";
    readonly lastSuccess: "Last backup: {{time}}.";
    readonly noSuccess: "No backup has been made yet.";
    readonly lastFailure: "Last failure: {{time}}, because {{reason}}.";
    readonly technicalDetail: "What the system said";
    readonly cases_one: "{{cases}} case";
    readonly cases_other: "{{cases}} cases";
    readonly casesUnknown: "number of cases not recorded";
    readonly sizeKB: "{{size}} KB";
    readonly sizeMB: "{{size}} MB";
    readonly keptHeading: "Kept aside";
    readonly keptHelp: "These held more cases than the newest backup when they would have been removed, so they were moved aside instead. The app never deletes them.";
    readonly failing: "Backups are failing because {{reason}}. The last backup that worked was made {{time}}.";
    readonly failingNever: "Backups are failing because {{reason}}. No backup has worked yet.";
    readonly tryAgain: "Try again";
    readonly trying: "Trying…";
    readonly reason: {
      readonly diskFull: "the disk is full";
      readonly notAllowed: "the backups folder may not be written to";
      readonly inUse: "another program is using the backup file";
      readonly notAJournal: "what was to be saved is not a journal export";
      readonly damaged: "the backup did not read back as it was written";
      readonly export: "the journal could not be exported";
      readonly other: "of an unexpected error";
    };
  };
  readonly newerJournal: {
    readonly title: "This journal was made by a newer version of Cancellation Journal";
    readonly update: "Update the app to open it. Nothing was changed: your cases are exactly as the newer version left them.";
    readonly thisVersion: "This copy of the app is version {{version}}.";
  };
  readonly attachmentKind: {
    readonly id_document: "ID document";
    readonly confirmation: "Confirmation";
    readonly screenshot: "Screenshot";
    readonly receipt: "Receipt";
    readonly correspondence: "Correspondence";
    readonly other: "Other";
  };
  readonly evidence: {
    readonly help: "Keep the proof here: the ID scan you sent, the confirmation e-mail, screenshots and receipts. Add files with the button, drop them onto the case, or paste a screenshot. Each file keeps its SHA-256, so anyone can check it is the file you kept.";
    readonly none: "No evidence yet. Add a file, drop one onto the case, or paste a screenshot.";
    readonly count_zero: "none";
    readonly count_one: "{{count, number}} file";
    readonly count_other: "{{count, number}} files";
    readonly kind: "Kind";
    readonly addedOn: "Added {{date}}";
    readonly forStep: "Step: {{step}}";
    readonly hash: "SHA-256";
    readonly copyHash: "Copy hash";
    readonly hashCopied: "SHA-256 of “{{name}}” copied.";
    readonly preview: "Preview";
    readonly hidePreview: "Hide preview";
    readonly noPreview: "This type of file cannot be shown here; it is kept and can be saved as it is.";
    readonly previewFailed: "This file could not be shown: {{message}}";
    readonly pdfPage: "Page {{page}} of {{pages}}";
    readonly pdfMorePages: "Only the first {{count, number}} pages are shown here; save a copy to read the rest.";
    readonly sensitiveHidden: "ID document, hidden. Click to show it.";
    readonly showSensitive: "Show ID document";
    readonly moveToTrash: "Move to Trash";
    readonly movedToTrash: "“{{name}}” moved to the attachment Trash.";
    readonly trash_zero: "Attachment Trash";
    readonly trash_one: "Attachment Trash ({{count, number}})";
    readonly trash_other: "Attachment Trash ({{count, number}})";
    readonly trashHint: "Attachments in the Trash are left out of the case and its report until restored.";
    readonly emptyTrash: "Empty attachment Trash";
    readonly emptyTrashTitle: "Delete the attachments in the Trash forever?";
    readonly deleteForeverTitle: "Delete “{{name}}” forever?";
    readonly added: "“{{name}}” added as {{kind}}.";
    readonly saved: "Copy saved to {{path}}";
    readonly failed: "The attachment could not be saved: {{message}}";
    readonly dropHere: "Drop files to add them to this case";
    readonly pastedName: "Screenshot {{stamp}}";
    readonly stepFiles: "Attachments of this step";
    readonly refusedEmpty: "“{{name}}” is empty: there is nothing to keep.";
    readonly refusedTooLarge: "“{{name}}” is {{size}}; an attachment may be at most {{limit}}.";
    readonly refusedTooMany: "“{{name}}” was not added: a case holds at most {{limit, number}} attachments, those in its attachment Trash included.";
    readonly emailFrom: "From";
    readonly emailTo: "To";
    readonly emailDate: "Date";
    readonly emailSubject: "Subject";
    readonly emailAttachments: "Attached to the e-mail";
    readonly emailNoDate: "This e-mail has no date.";
    readonly useDateAsConfirmed: "Use {{date}} as “Confirmed on”";
    readonly useSenderAsContact: "Use {{contact}} as support contact";
    readonly confirmedFromEmail: "Confirmed on {{date}}, from the e-mail.";
    readonly contactFromEmail: "Support contact set to {{contact}}.";
  };
  readonly history: {
    readonly addContact: "Add contact";
    readonly show: "Show";
    readonly everything: "Everything";
    readonly kind: {
      readonly status: "Status changes";
      readonly step: "Steps";
      readonly field: "Changed fields";
      readonly attachment: "Evidence";
      readonly contact: "Contacts";
      readonly exported: "Exports";
      readonly printed: "Reports printed";
    };
    readonly search: "Search the history";
    readonly nothingMatches: "Nothing in the history matches.";
    readonly step: {
      readonly todo: "Step opened again: {{title}}";
      readonly done: "Step done: {{title}}";
      readonly skipped: "Step skipped: {{title}}";
    };
    readonly fieldChange: "{{field}}: {{from}} → {{to}}";
    readonly fieldChangeOf: "{{field}} ({{subject}}): {{from}} → {{to}}";
    readonly none: "none";
    readonly attachmentAdded: "Attachment added: {{name}}";
    readonly attachmentTrashed: "Attachment moved to the attachment Trash: {{name}}";
    readonly attachmentRestored: "Attachment restored from the attachment Trash: {{name}}";
    readonly attachmentRemoved: "Attachment deleted for good: {{name}}";
    readonly contactWith: "{{channel}} with {{who}}";
    readonly referenceGiven: "Reference given: {{reference}}";
    readonly exported: "Exported to a journal file";
    readonly printed: "Report printed or saved as PDF";
    readonly correction: "Correction";
    readonly corrects: "corrects the entry recorded {{time}}";
    readonly corrected: "corrected later";
    readonly correctContact: "Correct this contact";
    readonly help: "Everything that happened in this case, newest first: the day it happened, and when it was recorded. Entries are never changed; a correction is added beside the entry it corrects.";
    readonly contactAttachments: "Attachments: {{names}}";
  };
  readonly contactChannel: {
    readonly phone: "Phone call";
    readonly email: "E-mail";
    readonly chat: "Chat";
    readonly letter: "Letter";
    readonly in_person: "In person";
  };
  readonly contact: {
    readonly correctTitle: "Correct contact";
    readonly help: "Who you dealt with at the provider, when, and what they said. It is kept in the case's history as you write it.";
    readonly correctHelp: "The contact stays in the history as it was; this correction is added beside it.";
    readonly at: "Date and time";
    readonly channel: "Channel";
    readonly who: "Who";
    readonly said: "What was said";
    readonly reference: "Reference number given";
    readonly save: "Save contact";
    readonly atMissing: "Give the date and time of the contact.";
    readonly saidMissing: "Write down what was said.";
    readonly failed: "The contact could not be saved: {{message}}";
    readonly attachments: "Attachments of this contact";
    readonly noAttachments: "No attachments on this case yet.";
    readonly followUp: "Follow up";
    readonly followUpNone: "No follow-up date";
    readonly followUpIn_one: "In {{count}} business day ({{date}})";
    readonly followUpIn_other: "In {{count}} business days ({{date}})";
  };
  readonly proof: {
    readonly label: "Proof";
    readonly filter: "Filter by proof";
    readonly all: "All proof";
    readonly level: {
      readonly missing: "Missing";
      readonly incomplete: "Incomplete";
      readonly complete: "Complete";
    };
    readonly row: {
      readonly missing: "No proof";
      readonly incomplete: "Proof incomplete";
      readonly complete: "Proof complete";
    };
    readonly gap: {
      readonly noEvidence: "Nothing on file yet: no attachment, reference number or confirmation number";
      readonly submissionUndated: "The day the request was sent is not recorded";
      readonly submissionUnproven: "The submission has no reference number and no screenshot";
      readonly noConfirmationEvidence: "No confirmation evidence: attach the e-mail or letter that says the account is closed";
      readonly confirmationUndated: "The day of the confirmation is not recorded";
      readonly noRejectionEvidence: "The rejection has no record: attach the provider’s answer";
      readonly refundUnproven: "The refund has no receipt or message from the provider";
    };
  };
  readonly deadlines: {
    readonly help: "The dates a cancellation races against: when the plan renews and how much notice it needs, when a free trial ends, when to chase the provider, when a refund is due, and how long a charge can still be disputed.";
    readonly noticeUnit: {
      readonly days: "days";
      readonly months: "months";
    };
    readonly noticeCount: {
      readonly days_one: "{{count}} day";
      readonly days_other: "{{count}} days";
      readonly months_one: "{{count}} month";
      readonly months_other: "{{count}} months";
    };
    readonly cancelBy: "Cancel by: <strong>{{date}}</strong>";
    readonly cancelByNone: "Give the renewal date or the trial's end to know the last day to cancel.";
    readonly lastDayToDispute: "Last day to dispute the charge: <strong>{{date}}</strong>";
    readonly disputeGuidance: "Guidance, not legal advice: card networks usually allow about {{days}} days from the charge to dispute it. Your bank or your country may allow more or less; set the window your bank gives.";
    readonly holidaysOf: "Business days skip the public holidays of this country: {{country}}.";
  };
  readonly review: {
    readonly starts: "Review starts on the next business day ({{of}} in all)";
    readonly day: "Review day {{day}} of {{of}}";
    readonly overdue_one: "Overdue by {{count}} business day";
    readonly overdue_other: "Overdue by {{count}} business days";
  };
  readonly calendar: {
    readonly add: "Add to calendar";
    readonly addHelp: "This case’s deadlines as a calendar file (.ics) for Google, Apple or Outlook calendars, each with a reminder the day before";
    readonly noDeadlines: "This case has no date to put in a calendar yet: set a renewal, trial end, follow-up, refund or disputed charge date";
    readonly exportAll: "Export all deadlines";
    readonly exportAllHelp: "The deadlines of every case outside the Trash, as one calendar file (.ics); importing it again updates the events instead of adding them twice";
    readonly exporting: "Reading the cases’ deadlines… {{percent}}%";
    readonly noDeadlinesInJournal: "No case has a deadline to put in a calendar yet.";
    readonly saved_one: "{{count, number}} deadline saved as a calendar to {{path}}";
    readonly saved_other: "{{count, number}} deadlines saved as a calendar to {{path}}";
    readonly failed: "The calendar could not be made: {{message}}";
    readonly fileName: "cancellation-deadlines";
    readonly name: "Cancellation deadlines";
    readonly provider: "Provider: {{provider}}";
    readonly title: {
      readonly cancelBy: "Last day to cancel {{case}}";
      readonly trialEnds: "Free trial of {{case}} ends";
      readonly expectedDecision: "Decision on {{case}} expected";
      readonly followUp: "Follow up on {{case}}";
      readonly refundDue: "Refund for {{case}} due";
      readonly lastDayToDispute: "Last day to dispute the charge of {{case}}";
    };
    readonly todo: {
      readonly cancelBy: "Send the cancellation request today: after today the notice period for the renewal has passed, or the free trial turns into a charge.";
      readonly trialEnds: "The free trial ends today and a charge may follow. Check that the cancellation has gone through.";
      readonly expectedDecision: "The provider’s review should end today. If no answer has come, contact them and log it in the journal.";
      readonly followUp: "Contact the provider about the cancellation and log what they say in the journal.";
      readonly refundDue: "The refund should have arrived by today. If it has not, ask the provider and log it in the journal.";
      readonly lastDayToDispute: "The last day of the usual card chargeback window (guidance, not legal advice). If the charge is still unresolved, dispute it with your bank today.";
    };
  };
  readonly attention: {
    readonly title: "Needs attention";
    readonly open_zero: "Needs attention";
    readonly open_one: "Needs attention ({{count, number}})";
    readonly open_other: "Needs attention ({{count, number}})";
    readonly intro: "Dates in your journal that matter now, most urgent first. How many days ahead cancel-by dates and dispute windows are reminded is set in Settings.";
    readonly empty: "Nothing needs attention now.";
    readonly loading: "Checking the dates…";
    readonly kind: {
      readonly reviewOverdue: "Decision was due";
      readonly followUp: "Follow up";
      readonly cancelBy: "Cancel by";
      readonly trialEnds: "Trial ends";
      readonly refundOverdue: "Refund was due";
      readonly disputeCloses: "Last day to dispute";
    };
    readonly what: "{{what}}: {{date}}";
    readonly today: "today";
    readonly inDays_one: "in {{count, number}} day";
    readonly inDays_other: "in {{count, number}} days";
    readonly daysAgo_one: "{{count, number}} day ago";
    readonly daysAgo_other: "{{count, number}} days ago";
    readonly overdueBy_one: "overdue by {{count, number}} business day";
    readonly overdueBy_other: "overdue by {{count, number}} business days";
    readonly snooze: "Snooze";
    readonly snoozeChoice: {
      readonly oneDay: "1 day";
      readonly threeDays: "3 days";
      readonly oneWeek: "1 week";
      readonly untilDate: "Until a date…";
    };
    readonly snoozeUntil: "Snooze until";
    readonly snoozeUntilLater: "Pick a day after today.";
    readonly dismiss: "Dismiss";
    readonly snoozed: "Snoozed until {{date}}.";
    readonly dismissed: "Dismissed: {{title}}.";
    readonly summaryTitle: "Cancellation Journal";
    readonly summaryBody: "{count} dates in your journal need attention";
    readonly noticeOpen: "Open";
    readonly badge: "Needs attention";
    readonly withWhen: "{{what}} ({{when}})";
    readonly showAll_one: "Show all ({{count, number}})";
    readonly showAll_other: "Show all ({{count, number}})";
    readonly showMore_one: "Show {{count, number}} more ({{left, number}} left)";
    readonly showMore_other: "Show {{count, number}} more ({{left, number}} left)";
  };
  readonly billingPeriod: {
    readonly weekly: "Weekly";
    readonly monthly: "Monthly";
    readonly quarterly: "Quarterly";
    readonly yearly: "Yearly";
  };
  readonly overview: {
    readonly heading: "Overview";
    readonly counting: "Counting the journal…";
    readonly failed: "The journal could not be counted: {{reason}}";
    readonly byStatus: "Cases by status";
    readonly total_one: "{{count, number}} case in the journal";
    readonly total_other: "{{count, number}} cases in the journal";
    readonly count: "{{count, number}}";
    readonly money: "Money";
    readonly moneyHelp: "Each currency on its own: amounts are never converted. “No longer paid” is the recurring fee of every confirmed cancellation as a monthly amount (weekly × 52 ÷ 12); “saved so far” counts every charge since each confirmation.";
    readonly currency: "Currency";
    readonly refunded: "Refunded";
    readonly forfeited: "Forfeited";
    readonly pending: "Refund still pending";
    readonly monthlySaving: "No longer paid, per month";
    readonly savedSoFar: "Saved so far";
    readonly noMoney: "No balance or recurring fee is recorded yet.";
    readonly withoutFee_one: "{{count, number}} confirmed cancellation has no recurring fee recorded and is not in the saving.";
    readonly withoutFee_other: "{{count, number}} confirmed cancellations have no recurring fee recorded and are not in the saving.";
    readonly chart: "Cancellations closed per month";
    readonly noClosed: "No cancellation has been confirmed yet.";
    readonly chartCurrency: "Saving in";
    readonly closed: "Closed";
    readonly closedCount_one: "{{count, number}} closed";
    readonly closedCount_other: "{{count, number}} closed";
    readonly cumulativeSaving: "Monthly saving, cumulative";
    readonly cumulativeSavingIn: "Monthly saving, cumulative ({{currency}})";
    readonly month: "Month";
    readonly chartSummary: "{{closed, number}} cancellations closed over {{months, number}} months; the fees no longer paid now come to {{saving}} a month.";
  };
};
export default en;
