-- An old version of the tables on 'secondary': rel_posts has no column likes yet (FlywayMigrationsTest).
create table rel_profiles (id bigint auto_increment primary key, user_id bigint, bio varchar(200));
create index rel_profiles_user on rel_profiles (user_id);
create table rel_posts (id bigint auto_increment primary key, user_id bigint, title varchar(200));
create index rel_posts_user on rel_posts (user_id);
create table integrity_rentals (id bigint auto_increment primary key, customer_id bigint, film varchar(200));
create table scope_sales (id bigint auto_increment primary key, shop_id bigint, label varchar(100));
create table scope_line_items (id bigint auto_increment primary key, sale_id bigint, product varchar(100));
create table replica_notes (id bigint auto_increment primary key, writer_id bigint, text varchar(200));
