INSERT INTO mail_sent (report_month, message, recipient, sent_at) VALUES (:month, :message, :recipient, :sentAt)
