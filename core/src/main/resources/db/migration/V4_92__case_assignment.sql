-- The customs work queue: who works a case (null: the shared queue), the officials who stepped
-- aside for a conflict of interest, the officers the portal has seen (whom a supervisor may
-- assign), and the case's running deadline, stored so that the queue filters and sorts on it
-- in the database.
alter table detention_case add column assignee varchar(255);
alter table detention_case add column assigned_at timestamp(6) with time zone;
alter table detention_case add column running_deadline date;

update detention_case
   set running_deadline = case
           when status in ('DETAINED', 'INFO_REQUESTED') then rebuttal_deadline
           when status in ('REBUTTAL_SUBMITTED', 'AWAITING_APPROVAL') then decision_due
           when status = 'PROTESTED' then protest_decision_due
           else null
       end;

create index ix_detention_case_running_deadline on detention_case (running_deadline);
create index ix_detention_case_assignee on detention_case (assignee);

create table case_recusal (
    case_id          uuid          not null,
    position         integer       not null,
    official         varchar(255)  not null,
    reason           varchar(2000) not null,
    stepped_aside_at timestamp(6) with time zone not null,
    constraint pk_case_recusal primary key (case_id, position),
    constraint fk_case_recusal_case foreign key (case_id) references detention_case (id)
);

create table case_official (
    username     varchar(255) not null,
    display_name varchar(255) not null,
    last_seen_at timestamp(6) with time zone not null,
    constraint pk_case_official primary key (username)
);
