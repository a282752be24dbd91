-- A published list version is a public record: the database refuses to change or remove it.
create function onus_designation_list_is_immutable() returns trigger
    language plpgsql
as
$$
begin
    raise exception '% is immutable: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger designation_list_version_immutable
    before update or delete
    on designation_list_version
    for each row
execute function onus_designation_list_is_immutable();

create trigger designation_list_entry_immutable
    before update or delete
    on designation_list_entry
    for each row
execute function onus_designation_list_is_immutable();
