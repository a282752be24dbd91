-- A detention case remembers which deadline it reminded the importer of and which decision-due
-- day it alerted the supervisors about, so that a timer fired again (a job run twice, or a timer
-- re-armed when its task is entered again and firing at once) sends nothing twice.
alter table detention_case add column reminder_for date;
alter table detention_case add column decision_alert_for date;

-- Cases reminded or alerted before these columns existed: the event's detail names the day.
update detention_case set reminder_for = rebuttal_deadline
    where exists (select 1 from case_event e
                  where e.case_id = detention_case.id and e.kind = 'REMINDER_SENT'
                    and e.detail = 'Rebuttal due by ' || cast(detention_case.rebuttal_deadline as varchar(10)));
update detention_case set decision_alert_for = decision_due
    where exists (select 1 from case_event e
                  where e.case_id = detention_case.id and e.kind = 'DECISION_DUE_ALERT'
                    and e.detail = 'Decision due by ' || cast(detention_case.decision_due as varchar(10)));
