-- The language a person chose for the interface (ISO 639-1, e.g. "ar"); null means "follow the browser".
alter table user_account add column preferred_language varchar(8);
