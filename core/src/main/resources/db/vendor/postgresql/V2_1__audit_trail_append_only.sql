-- Append-only in fact, not only in the application: the database refuses to change or remove an
-- audit event, whoever asks. (A superuser can still disable the trigger; the hash chain then
-- still shows what was changed.)
create function onus_audit_event_is_append_only() returns trigger
    language plpgsql
as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete
    on audit_event
    for each row
execute function onus_audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate
    on audit_event
    for each statement
execute function onus_audit_event_is_append_only();
