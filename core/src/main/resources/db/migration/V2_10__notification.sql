-- Notifications: portal inbox, topic subscriptions, and the email outbox.
create table inbox_message (
    id         uuid                        not null,
    recipient  varchar(255)                not null,
    subject    varchar(300)                not null,
    body       varchar(10000)              not null,
    link       varchar(2000),
    created_at timestamp(6) with time zone not null,
    read_at    timestamp(6) with time zone,
    constraint pk_inbox_message primary key (id)
);
-- A person's messages, newest first, and their unread count.
create index ix_inbox_message_recipient on inbox_message (recipient, created_at);

create table subscription (
    username      varchar(255)                not null,
    topic         varchar(50)                 not null,
    email         varchar(254)                not null,
    subscribed_at timestamp(6) with time zone not null,
    constraint pk_subscription primary key (username, topic)
);
create index ix_subscription_topic on subscription (topic);

create table outbound_email (
    id              uuid                        not null,
    to_address      varchar(254)                not null,
    subject         varchar(300)                not null,
    body            varchar(12000)              not null,
    created_at      timestamp(6) with time zone not null,
    attempts        integer                     not null,
    last_error      varchar(1000),
    sent_at         timestamp(6) with time zone,
    next_attempt_at timestamp(6) with time zone,
    constraint pk_outbound_email primary key (id)
);
-- next_attempt_at is null once a mail is sent or given up: this index holds the unsent mail.
create index ix_outbound_email_unsent on outbound_email (next_attempt_at);
