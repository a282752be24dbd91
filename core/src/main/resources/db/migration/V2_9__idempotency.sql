-- Answers to creating requests, under the client's Idempotency-Key (per user).
create table idempotency_record (
    actor         varchar(255)                not null,
    idem_key      varchar(255)                not null,
    operation     varchar(200)                not null,
    request_hash  varchar(64)                 not null,
    status        integer                     not null,
    response_body varchar(100000),
    location      varchar(2000),
    created_at    timestamp(6) with time zone not null,
    constraint pk_idempotency_record primary key (actor, idem_key)
);
