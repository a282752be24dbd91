-- A published list version stays a public record (V2_12) now that its rows are shared with later
-- versions (V6_30): a row may not be removed, and the only change allowed is the one a later
-- version makes when it no longer lists the row, setting its end once.
create function onus_designation_list_row_only_closes() returns trigger
    language plpgsql
as
$$
begin
    if tg_op = 'UPDATE'
        and old.valid_until is null
        and new.valid_until is not null
        and (to_jsonb(new) - 'valid_until') = (to_jsonb(old) - 'valid_until') then
        return new;
    end if;
    raise exception '% is immutable: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger designation_list_item_immutable
    before update or delete
    on designation_list_item
    for each row
execute function onus_designation_list_row_only_closes();

create trigger designation_list_entity_item_immutable
    before update or delete
    on designation_list_entity_item
    for each row
execute function onus_designation_list_row_only_closes();
