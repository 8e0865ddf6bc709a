DELETE FROM mail_sent WHERE report_month = :month AND message = :message AND recipient = :recipient
