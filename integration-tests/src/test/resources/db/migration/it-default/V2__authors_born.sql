-- A second version on 'default' only: the other connections migrate independently.
alter table authors add column born integer;
