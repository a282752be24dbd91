-- One review trail for designations and UPR recommendations (org.onus.core.review.ReviewTrail):
-- who submitted, who last reviewed, when, the verdict and why. A return is remembered now as well
-- as an approval; the approvals recorded so far become APPROVED verdicts.
alter table designation add column reviewed_by varchar(255);
alter table designation add column reviewed_at timestamp(6) with time zone;
alter table designation add column review_verdict varchar(20);
alter table designation add column review_reason varchar(4000);
update designation
   set reviewed_by = approved_by, reviewed_at = approved_at, review_verdict = 'APPROVED'
 where approved_by is not null;
alter table designation drop column approved_by;
alter table designation drop column approved_at;

alter table upr_recommendation add column reviewed_by varchar(255);
alter table upr_recommendation add column reviewed_at timestamp(6) with time zone;
alter table upr_recommendation add column review_verdict varchar(20);
alter table upr_recommendation add column review_reason varchar(4000);
update upr_recommendation
   set reviewed_by = approved_by, reviewed_at = approved_at, review_verdict = 'APPROVED'
 where approved_by is not null;
alter table upr_recommendation drop column approved_by;
alter table upr_recommendation drop column approved_at;
