-- A trace requirement is met by a chain of documents, not by one (issue 12, hole 7). The chain the
-- trace-chain table gave when the rebuttal was filed is kept with the requirement, so the rule a
-- case is proved against does not move under it. Traces filed before this rule get the default.
alter table case_requirement add column proof_chain varchar(400);

update case_requirement
   set proof_chain = 'PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE',
       description = substring(description || '. ' || code
           || ' needs a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE, each linked to it and accepted'
           || ' by an officer (an ORIGIN_TEST may be added but never traces alone)' from 1 for 1000)
 where code like 'TRACE:%';
