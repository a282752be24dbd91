-- Entries with their supply-chain disclosure and screening result, and detention cases.
create table entry (
    id                uuid           not null,
    organisation_code varchar(64)    not null,
    entry_number      varchar(64)    not null,
    hs_code           varchar(10)    not null,
    description       varchar(2000)  not null,
    origin_country    varchar(2)     not null,
    value_amount      decimal(19, 2) not null,
    value_currency    varchar(3)     not null,
    arrival_date      date           not null,
    port              varchar(100)   not null,
    status            varchar(30)    not null,
    list_version      integer        not null,
    screened_at       timestamp(6) with time zone not null,
    case_id           uuid,
    filed_by          varchar(255)   not null,
    filer_email       varchar(320),
    filed_at          timestamp(6) with time zone not null,
    fingerprint       varchar(64)    not null,
    lock_version      bigint         not null,
    constraint pk_entry primary key (id),
    constraint uq_entry_number unique (organisation_code, entry_number),
    constraint ck_entry_status check (status in ('CLEARED', 'DETAINED', 'DISCLOSURE_REQUIRED'))
);
create index ix_entry_status on entry (status, arrival_date);
create index ix_entry_organisation on entry (organisation_code, filed_at);

create table entry_input (
    entry_id           uuid          not null,
    position           integer       not null,
    tier               integer       not null,
    material           varchar(300)  not null,
    hs_code            varchar(10)   not null,
    producer           varchar(500),
    region_code        varchar(20)   not null,
    open_supply_hub_id varchar(40),
    share_percent      decimal(7, 3),
    constraint pk_entry_input primary key (entry_id, position),
    constraint fk_entry_input_entry foreign key (entry_id) references entry (id),
    constraint fk_entry_input_region foreign key (region_code) references region (code),
    constraint ck_entry_input_tier check (tier >= 1)
);

create table entry_match (
    entry_id               uuid         not null,
    position               integer      not null,
    designation_id         uuid         not null,
    designation_version    integer      not null,
    designation_title      varchar(500) not null,
    input_index            integer      not null,
    tier                   integer      not null,
    region_code            varchar(20),
    designated_region_code varchar(20),
    hs_code                varchar(10),
    reason                 varchar(30)  not null,
    producer               varchar(500),
    constraint pk_entry_match primary key (entry_id, position),
    constraint fk_entry_match_entry foreign key (entry_id) references entry (id)
);

create table detention_case (
    id                uuid          not null,
    entry_id          uuid          not null,
    organisation_code varchar(64)   not null,
    status            varchar(30)   not null,
    detained_on       date          not null,
    notice_due        date          not null,
    notice_issued_at  timestamp(6) with time zone,
    rebuttal_deadline date          not null,
    opened_by         varchar(255)  not null,
    grounds           varchar(4000) not null,
    lock_version      bigint        not null,
    constraint pk_detention_case primary key (id),
    constraint uq_detention_case_entry unique (entry_id),
    constraint fk_detention_case_entry foreign key (entry_id) references entry (id)
);
create index ix_detention_case_status on detention_case (status, rebuttal_deadline);

create table case_event (
    id          uuid          not null,
    case_id     uuid          not null,
    kind        varchar(40)   not null,
    actor       varchar(255)  not null,
    occurred_at timestamp(6) with time zone not null,
    detail      varchar(4000),
    constraint pk_case_event primary key (id),
    constraint fk_case_event_case foreign key (case_id) references detention_case (id)
);
create index ix_case_event_case on case_event (case_id);
