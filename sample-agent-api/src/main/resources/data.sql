-- Demo knowledge bases of two customer organisations, seeded only into an empty table.
INSERT INTO articles (org_code, title, body)
SELECT v.org_code, v.title, v.body FROM (VALUES
 ('org_acme', 'Resetting a password', 'Acme users reset their password from the sign-in page with the Forgot password link. The reset email expires after 30 minutes.'),
 ('org_acme', 'Refund policy', 'Acme refunds annual plans within 30 days of purchase. Monthly plans are not refunded but can be cancelled at any time.'),
 ('org_acme', 'Exporting reports', 'Acme reports export to CSV or PDF from the Reports page. Scheduled exports arrive by email every Monday.'),
 ('org_globex', 'Resetting a password', 'Globex staff reset passwords through the IT portal only. Call the Globex helpdesk if the portal is down.'),
 ('org_globex', 'Shipping times', 'Globex ships within 2 business days in the US and within 7 business days internationally.'),
 ('org_globex', 'Warranty claims', 'Globex hardware has a 2 year warranty. Claims need the serial number and a photo of the damage.')
) AS v (org_code, title, body)
WHERE NOT EXISTS (SELECT 1 FROM articles);
