-- A migration that fails on its second statement (FlywayMigrationsTest).
create table rel_profiles (id bigint auto_increment primary key, user_id bigint, bio varchar(200));
create tabel misspelled (id bigint);
