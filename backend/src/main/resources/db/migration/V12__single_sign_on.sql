-- Single sign-on. An account signed in through an identity provider is linked by (issuer, subject) from its first
-- sign-in on; user names can change at the provider, subjects cannot.
alter table user_account
    add column external_issuer  varchar(300),
    add column external_subject varchar(255);
create unique index user_account_external on user_account (external_issuer, external_subject)
    where external_subject is not null;

-- Memberships granted by identity-provider groups. Sign-in adds and removes only these, so a role given in the app
-- is never taken away by a provider that does not know about it.
alter table wg_membership add column granted_by varchar(10) not null default 'app'
    check (granted_by in ('app', 'sso'));

-- Deployment-wide settings an administrator changes at run time (e.g. whether local passwords are accepted).
create table platform_setting (
    name       varchar(100) primary key,
    value      varchar(1000) not null,
    updated_at timestamptz   not null,
    updated_by uuid -- who changed it; not a foreign key, as system jobs change settings too
);
