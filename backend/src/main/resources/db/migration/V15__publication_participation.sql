-- Participation reports (issue 11) published with the consensus version: who was invited to each comment period and
-- ballot round on the draft and who took part, by constituency and region (counts only, no names). Written once at
-- publish time like the rest of the snapshot; null for publications made before this column existed.
alter table publication add column participation text;

create or replace function publication_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'publications are never deleted (publication %)', old.id;
    end if;
    if row(new.id, new.draft_id, new.working_group_id, new.committee, new.working_group, new.reference, new.title,
           new.language, new.edition, new.urn, new.version_label, new.published_at, new.published_by, new.ballot_id,
           new.ballot_outcome, new.ballot_summary, new.override_rationale, new.content, new.comment_report,
           new.crosswalk, new.change_log, new.participation)
       is distinct from
       row(old.id, old.draft_id, old.working_group_id, old.committee, old.working_group, old.reference, old.title,
           old.language, old.edition, old.urn, old.version_label, old.published_at, old.published_by, old.ballot_id,
           old.ballot_outcome, old.ballot_summary, old.override_rationale, old.content, old.comment_report,
           old.crosswalk, old.change_log, old.participation) then
        raise exception 'publication % is immutable', old.id;
    end if;
    if not ((old.state = 'GENERATING' and new.state in ('PUBLISHED', 'FAILED'))
            or (old.state = 'FAILED' and new.state = 'GENERATING')
            or old.state = new.state) then
        raise exception 'publication % cannot go from % to %', old.id, old.state, new.state;
    end if;
    if old.state = 'PUBLISHED' and new is distinct from old then
        raise exception 'publication % is immutable', old.id;
    end if;
    return new;
end $$;
