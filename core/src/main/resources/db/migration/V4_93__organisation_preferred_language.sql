-- The language in which an importer organisation receives letters and e-mails about its cases:
-- one of the six official languages of the United Nations, English until an administrator sets it.
alter table organisation add column preferred_language varchar(2) default 'en' not null;
alter table organisation add constraint ck_organisation_language
    check (preferred_language in ('ar', 'en', 'es', 'fr', 'ru', 'zh'));
