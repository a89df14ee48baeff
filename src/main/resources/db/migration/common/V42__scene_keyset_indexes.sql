-- The scene lists page by (created_at, public_id): the public id breaks ties, so that a cursor
-- never carries an internal key. Indexes in that order replace the ones ending in id.
drop index scene_hospital_idx;
drop index scene_catalogue_idx;
create index scene_hospital_idx on scene (hospital_id, publication, created_at, public_id);
create index scene_catalogue_idx on scene (publication, created_at, public_id);
