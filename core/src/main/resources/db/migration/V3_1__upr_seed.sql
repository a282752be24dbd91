-- The review the report's recommendations were written for: China, fourth cycle, 45th session of
-- the Working Group, reviewed on 23 January 2024. The report does not give the submission
-- deadline, so none is recorded until someone enters it. Fixed id so that tests and links can name it.
insert into upr_review (id, state_under_review, cycle_number, wg_session, review_date, submission_deadline, submission_type, word_limit, created_by, created_at, lock_version)
values ('c0000000-0000-4000-8000-000000000045', 'China', 4, 45, date '2024-01-23', null, 'STAKEHOLDER_JOINT', 5630, 'onus-seed', timestamp with time zone '2026-11-28 00:00:00+00', 0);

-- Templates from the report's recommendations to permanent missions (section 11), in our words.
-- Each is a starting point: the drafter edits it, and the SMART assistant says what is still weak
-- (the report's "note ..." recommendations are deliberately left for the drafter to make specific).
insert into upr_template (code, ordinal, title, body, action_category) values ('FORCED_LABOUR_PREVALENCE', 1,
 'Prevalence and expansion of forced labour; detention of those who refuse work assignments',
 'Take note of the prevalence and continued expansion of forced labour imposed on Uyghurs and other ethnic groups, in particular through the transfer of detainees from internment facilities into work and through Poverty Alleviation Through Labour Transfer programmes, and of evidence that members of these groups who refuse state work assignments are arbitrarily detained; release every person detained for refusing a state work assignment within six months of this review.',
 5);
insert into upr_template_theme (template_code, theme) values ('FORCED_LABOUR_PREVALENCE', 'FORCED_LABOUR');
insert into upr_template_theme (template_code, theme) values ('FORCED_LABOUR_PREVALENCE', 'MINORITIES');
insert into upr_template_theme (template_code, theme) values ('FORCED_LABOUR_PREVALENCE', 'ARBITRARY_DETENTION');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('FORCED_LABOUR_PREVALENCE', 0, 'ILO Convention No. 29 (Forced Labour Convention, 1930), Art. 1 and 2');
insert into upr_template_citation (template_code, ordinal, evidence_id) values ('FORCED_LABOUR_PREVALENCE', 0, 'e0000000-0000-4000-8000-000000000001');
insert into upr_template_citation (template_code, ordinal, evidence_id) values ('FORCED_LABOUR_PREVALENCE', 1, 'e0000000-0000-4000-8000-000000000006');

insert into upr_template (code, ordinal, title, body, action_category) values ('ILO_C105_VIOLATIONS', 2,
 'Coercive labour policies in Xinjiang violate ILO Convention No. 105',
 'Recognise that the coercive labour policies applied in the Xinjiang Uyghur Autonomous Region breach Article 1 of the ILO Abolition of Forced Labour Convention, 1957 (No. 105), ratified by China in 2022, in at least three respects: labour used as a means of political coercion or education, as a method of mobilising labour for economic development, and as a means of racial, national or religious discrimination; and repeal, by the end of 2025, the regional employment targets and labour transfer quotas through which this labour is imposed.',
 5);
insert into upr_template_theme (template_code, theme) values ('ILO_C105_VIOLATIONS', 'FORCED_LABOUR');
insert into upr_template_theme (template_code, theme) values ('ILO_C105_VIOLATIONS', 'TREATY_IMPLEMENTATION');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('ILO_C105_VIOLATIONS', 0, 'ILO Convention No. 105, Art. 1 (a): forced labour as a means of political coercion or education');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('ILO_C105_VIOLATIONS', 1, 'ILO Convention No. 105, Art. 1 (b): forced labour as a method of mobilising and using labour for economic development');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('ILO_C105_VIOLATIONS', 2, 'ILO Convention No. 105, Art. 1 (e): forced labour as a means of racial, social, national or religious discrimination');
insert into upr_template_citation (template_code, ordinal, evidence_id) values ('ILO_C105_VIOLATIONS', 0, 'e0000000-0000-4000-8000-000000000003');
insert into upr_template_citation (template_code, ordinal, evidence_id) values ('ILO_C105_VIOLATIONS', 1, 'e0000000-0000-4000-8000-000000000001');

insert into upr_template (code, ordinal, title, body, action_category) values ('CRIMES_AGAINST_HUMANITY', 3,
 'Forced labour as part of possible crimes against humanity',
 'Acknowledge that forced labour in Xinjiang forms part of the conduct that the Office of the High Commissioner for Human Rights found may amount to crimes against humanity, in particular forcible transfer of population, persecution on ethnic and religious grounds, and enslavement; and grant the Office and the special procedures unrestricted access to the region before the next review to investigate these findings.',
 5);
insert into upr_template_theme (template_code, theme) values ('CRIMES_AGAINST_HUMANITY', 'FORCED_LABOUR');
insert into upr_template_theme (template_code, theme) values ('CRIMES_AGAINST_HUMANITY', 'MINORITIES');
insert into upr_template_theme (template_code, theme) values ('CRIMES_AGAINST_HUMANITY', 'COOPERATION_WITH_UN');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('CRIMES_AGAINST_HUMANITY', 0, 'Crime against humanity of deportation or forcible transfer of population (Rome Statute, Art. 7 (1) (d))');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('CRIMES_AGAINST_HUMANITY', 1, 'Crime against humanity of persecution on ethnic, religious or other grounds (Rome Statute, Art. 7 (1) (h))');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('CRIMES_AGAINST_HUMANITY', 2, 'Crime against humanity of enslavement (Rome Statute, Art. 7 (1) (c))');
insert into upr_template_citation (template_code, ordinal, evidence_id) values ('CRIMES_AGAINST_HUMANITY', 0, 'e0000000-0000-4000-8000-000000000002');

insert into upr_template (code, ordinal, title, body, action_category) values ('ABOLISH_COERCIVE_PLACEMENTS', 4,
 'Abolish coercive state-mandated work placements in Xinjiang and Tibet',
 'Abolish, within twelve months of this review, every coercive state-mandated work placement in the Xinjiang Uyghur Autonomous Region and the Tibet Autonomous Region that targets ethnic groups in the name of economic development or national security, and publish the repeal of the policies and quotas that mandate them.',
 5);
insert into upr_template_theme (template_code, theme) values ('ABOLISH_COERCIVE_PLACEMENTS', 'FORCED_LABOUR');
insert into upr_template_theme (template_code, theme) values ('ABOLISH_COERCIVE_PLACEMENTS', 'FREEDOM_OF_MOVEMENT');
insert into upr_template_theme (template_code, theme) values ('ABOLISH_COERCIVE_PLACEMENTS', 'MINORITIES');
insert into upr_template_anchor (template_code, ordinal, anchor) values ('ABOLISH_COERCIVE_PLACEMENTS', 0, 'ILO Convention No. 105, Art. 1 (b) and 2: immediate and complete abolition of forced labour for economic development');
insert into upr_template_citation (template_code, ordinal, evidence_id) values ('ABOLISH_COERCIVE_PLACEMENTS', 0, 'e0000000-0000-4000-8000-000000000005');
