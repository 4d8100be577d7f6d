/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AddBudgetLine($input: BudgetLineInput!) {\n  addBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.AddBudgetLineDocument,
    "mutation AddCause($input: CauseInput!) {\n  addCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.AddCauseDocument,
    "mutation AddKpiRow($input: KpiRowInput!) {\n  addKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.AddKpiRowDocument,
    "mutation AddMilestone($input: MilestoneInput!) {\n  addMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.AddMilestoneDocument,
    "subscription AnswerChunks($attemptId: ID!, $questionId: ID!) {\n  answerChunks(attemptId: $attemptId, questionId: $questionId) {\n    questionId\n    seq\n    text\n    done\n    failure\n    answer {\n      ...AnswerFields\n    }\n  }\n}": typeof types.AnswerChunksDocument,
    "fragment AnswerFields on Answer {\n  text\n  refused\n  engine\n  latencyMs\n  at\n}": typeof types.AnswerFieldsFragmentDoc,
    "mutation AskQuestion($input: AskQuestionInput!) {\n  askQuestion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.AskQuestionDocument,
    "query Attempt($id: ID!) {\n  attempt(id: $id) {\n    ...AttemptState\n    title\n    brief {\n      organisation\n      advertiser\n      title\n      context\n      objectives\n      campaign\n      instructions\n    }\n    questions {\n      ...QuestionFields\n    }\n    indicators {\n      id\n      label\n      unit\n      higherIsBetter\n    }\n  }\n}": typeof types.AttemptDocument,
    "fragment AttemptState on Attempt {\n  id\n  version\n  mode\n  phase\n  phaseLabel\n  locked\n  extraTimePct\n  deadline\n  schedule {\n    j1Start\n    j1End\n    j2Start\n    j2End\n    j3Start\n    j3End\n  }\n  submission {\n    by\n    at\n  }\n  agents {\n    id\n    name\n    role\n    kind\n    days\n    open\n    closedReason\n    questions\n  }\n  orderEmail {\n    from\n    to\n    subject\n    body\n    orientations\n    stakeholders {\n      name\n      role\n    }\n    envelope {\n      euros\n      text\n    }\n  }\n  checklist {\n    code\n    section\n    message\n  }\n  report {\n    kpiRows {\n      id\n      kpiId\n      label\n      result\n      target\n      unit\n      gap {\n        absolute\n        relative\n        unit\n        verdict\n        text\n      }\n    }\n    causes {\n      id\n      rank\n      text\n      evidence\n      addressed\n    }\n    conclusions {\n      id\n      text\n    }\n    concept {\n      format\n      venue\n      targets\n      inclusiveMeasures\n    }\n    milestones {\n      id\n      title\n      date\n      owner\n      dependsOn\n    }\n    budget {\n      lines {\n        id\n        category\n        supplier\n        label\n        quantity\n        unitPrice {\n          euros\n          text\n        }\n        total {\n          euros\n          text\n        }\n      }\n      total {\n        euros\n        text\n      }\n      envelope {\n        euros\n        text\n      }\n      overrun {\n        euros\n        text\n      }\n    }\n    communication {\n      text\n      measures\n    }\n    links {\n      itemKind\n      itemId\n      causeIds\n    }\n    oralPrep {\n      competency\n      text\n    }\n  }\n}": typeof types.AttemptStateFragmentDoc,
    "subscription AttemptUpdates($attemptId: ID!) {\n  attemptUpdates(attemptId: $attemptId) {\n    attemptId\n    version\n    eventType\n  }\n}": typeof types.AttemptUpdatesDocument,
    "mutation ChangeKpiRow($input: KpiRowInput!) {\n  changeKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.ChangeKpiRowDocument,
    "query CompetencyGrid($attemptId: ID!) {\n  competencyGrid(attemptId: $attemptId) {\n    id\n    title\n    assessed\n    mandatory\n    point\n    questions\n  }\n}": typeof types.CompetencyGridDocument,
    "mutation EditBudgetLine($input: BudgetLineInput!) {\n  editBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.EditBudgetLineDocument,
    "mutation EditCause($input: CauseInput!) {\n  editCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.EditCauseDocument,
    "mutation EditCommunicationSupport($input: CommunicationInput!) {\n  editCommunicationSupport(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.EditCommunicationSupportDocument,
    "mutation EditConceptField($input: ConceptFieldInput!) {\n  editConceptField(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.EditConceptFieldDocument,
    "mutation EditMilestone($input: MilestoneInput!) {\n  editMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.EditMilestoneDocument,
    "mutation EditOralPrepNote($input: OralPrepNoteInput!) {\n  editOralPrepNote(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.EditOralPrepNoteDocument,
    "mutation LinkCauseEvidence($input: CauseEvidenceInput!) {\n  linkCauseEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.LinkCauseEvidenceDocument,
    "mutation LoginWithCode($code: String!) {\n  loginWithCode(code: $code) {\n    user {\n      id\n      role\n      displayName\n    }\n  }\n}": typeof types.LoginWithCodeDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    role\n    displayName\n  }\n}": typeof types.MeDocument,
    "query MyAttempts {\n  myAttempts {\n    id\n    title\n    mode\n    phase\n    deadline\n    locked\n  }\n}": typeof types.MyAttemptsDocument,
    "mutation OpenJ2Early($input: AttemptRefInput!) {\n  openJ2Early(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.OpenJ2EarlyDocument,
    "mutation PinEvidence($input: PinEvidenceInput!) {\n  pinEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.PinEvidenceDocument,
    "fragment QuestionFields on Question {\n  id\n  agentId\n  text\n  day\n  askedAt\n  status\n  streaming\n  failures\n  lastFailure\n  pinned\n  excerpt\n  answer {\n    ...AnswerFields\n  }\n}": typeof types.QuestionFieldsFragmentDoc,
    "mutation RemoveBudgetLine($input: ItemRefInput!) {\n  removeBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.RemoveBudgetLineDocument,
    "mutation RemoveCause($input: ItemRefInput!) {\n  removeCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.RemoveCauseDocument,
    "mutation RemoveConclusion($input: ItemRefInput!) {\n  removeConclusion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.RemoveConclusionDocument,
    "mutation RemoveKpiRow($input: ItemRefInput!) {\n  removeKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.RemoveKpiRowDocument,
    "mutation RemoveMilestone($input: ItemRefInput!) {\n  removeMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.RemoveMilestoneDocument,
    "mutation ReorderCauses($input: ReorderCausesInput!) {\n  reorderCauses(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.ReorderCausesDocument,
    "mutation RetryQuestion($input: QuestionRefInput!) {\n  retryQuestion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.RetryQuestionDocument,
    "mutation SetJ1J2Link($input: J1J2LinkInput!) {\n  setJ1J2Link(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.SetJ1J2LinkDocument,
    "mutation SubmitReport($input: AttemptRefInput!) {\n  submitReport(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.SubmitReportDocument,
    "mutation UnlinkCauseEvidence($input: CauseEvidenceInput!) {\n  unlinkCauseEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.UnlinkCauseEvidenceDocument,
    "mutation UnpinEvidence($input: QuestionRefInput!) {\n  unpinEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.UnpinEvidenceDocument,
    "mutation WriteConclusion($input: ConclusionInput!) {\n  writeConclusion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": typeof types.WriteConclusionDocument,
    "query JuryCandidates {\n  juryCandidates {\n    attemptId\n    examTitle\n    candidateId\n    displayName\n    oralSlot\n    oralEnd\n    locked\n    status\n    evaluationStatus\n  }\n}": typeof types.JuryCandidatesDocument,
    "query JuryOral($id: ID!) {\n  me {\n    id\n  }\n  competencyGrid(attemptId: $id) {\n    id\n    title\n    assessed\n    mandatory\n    point\n    questions\n  }\n  evaluations(attemptId: $id) {\n    ...JuryEvaluationFields\n  }\n}\n\nfragment JuryEvaluationFields on Evaluation {\n  attemptId\n  juryId\n  oralStartedAt\n  version\n  timers {\n    segment\n    running\n    elapsedMs\n  }\n  notes {\n    topic\n    text\n  }\n  bookmarks {\n    id\n    version\n    note\n  }\n  assessments {\n    competency\n    level\n    label\n    comment\n  }\n  finalised {\n    result\n    comment\n    at\n  }\n}\n\nmutation JuryOpenEvaluation($in: AttemptRefInput!) {\n  openEvaluation(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryStartOral($in: AttemptRefInput!) {\n  startOral(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryStartTimer($in: TimerInput!) {\n  startTimer(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryPauseTimer($in: TimerInput!) {\n  pauseTimer(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryWriteNote($in: JuryNoteInput!) {\n  writeJuryNote(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryBookmark($in: BookmarkInput!) {\n  bookmarkEvent(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryAssess($in: AssessCompetencyInput!) {\n  assessCompetency(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryFinalise($in: FinaliseInput!) {\n  finaliseEvaluation(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}": typeof types.JuryOralDocument,
    "query JuryIndicators($id: ID!) {\n  indicators(attemptId: $id) {\n    kpis {\n      kpiId\n      label\n      unit\n      truthResult\n      truthTarget\n      written\n      writtenResult\n      writtenTarget\n      status\n      alternateAgent\n      factEarned\n      question {\n        ...JuryQuestion\n      }\n    }\n    budget {\n      total {\n        text\n      }\n      envelope {\n        text\n      }\n      overrun {\n        euros\n        text\n      }\n      question {\n        ...JuryQuestion\n      }\n      lines {\n        lineId\n        label\n        supplier\n        quantity\n        unitPrice {\n          text\n        }\n        offerLabel\n        quoted {\n          text\n        }\n        negotiated {\n          text\n        }\n        minQuantity\n        status\n        question {\n          ...JuryQuestion\n        }\n      }\n    }\n    inclusive {\n      present\n      conceptMeasures\n      communicationMeasures\n      accessibilityLines\n      question {\n        ...JuryQuestion\n      }\n    }\n    causesWithoutEvidence {\n      causeId\n      rank\n      text\n      question {\n        ...JuryQuestion\n      }\n    }\n    causesNotAddressed {\n      causeId\n      rank\n      text\n      question {\n        ...JuryQuestion\n      }\n    }\n    missedCriticalFacts {\n      factId\n      text\n      agentName\n      topic\n      question {\n        ...JuryQuestion\n      }\n    }\n    missedContradictions {\n      a {\n        ...JurySide\n      }\n      b {\n        ...JurySide\n      }\n      question {\n        ...JuryQuestion\n      }\n    }\n    questions {\n      ...JuryQuestion\n    }\n  }\n}\n\nfragment JuryQuestion on SuggestedQuestion {\n  competency\n  competencyTitle\n  text\n  prescribed\n  reason\n}": typeof types.JuryIndicatorsDocument,
    "mutation JuryLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n      displayName\n    }\n  }\n}": typeof types.JuryLoginDocument,
    "query JuryReplay($id: ID!) {\n  timeline(attemptId: $id) {\n    attemptId\n    events {\n      version\n      type\n      kind\n      at\n      summary\n      questionId\n      agentId\n      factIds\n    }\n  }\n  replay(attemptId: $id) {\n    length\n    facts {\n      factId\n      text\n      agentId\n      agentName\n      importance\n      earnedVersion\n      earnedAt\n      questionId\n      questionText\n      questionVersion\n      uses {\n        kind\n        questionId\n        causeId\n        causeText\n        version\n        at\n        current\n      }\n    }\n    contradictions {\n      surfaced\n      a {\n        ...JurySide\n      }\n      b {\n        ...JurySide\n      }\n    }\n    links {\n      itemKind\n      itemId\n      itemLabel\n      version\n      causes {\n        causeId\n        rank\n        text\n      }\n    }\n  }\n}\n\nfragment JurySide on ContradictionSide {\n  factId\n  text\n  agentName\n  earnedVersion\n}": typeof types.JuryReplayDocument,
    "query JuryAttemptAt($id: ID!, $version: Int!) {\n  attemptAt(id: $id, version: $version) {\n    ...AttemptState\n    title\n    brief {\n      organisation\n      advertiser\n      title\n      context\n      objectives\n      campaign\n      instructions\n    }\n    questions {\n      ...QuestionFields\n    }\n  }\n}": typeof types.JuryAttemptAtDocument,
    "mutation StaffAddUser($input: AddUserInput!) {\n  addUser(input: $input) {\n    id\n    role\n    displayName\n    email\n  }\n}": typeof types.StaffAddUserDocument,
    "mutation StaffAdjustSchedule($input: AdjustScheduleInput!) {\n  adjustSchedule(input: $input) {\n    id\n  }\n}": typeof types.StaffAdjustScheduleDocument,
    "query StaffAnalytics($id: ID!, $rareThreshold: Float) {\n  examAnalytics(examId: $id) {\n    examId\n    candidates {\n      attemptId\n      displayName\n      questions\n      questionsAnswered\n      factsEarned\n      questionsPerFact\n      questionsEarningNothing\n      redundantQuestions\n      meanSpecificity\n      openQuestionShare\n      criticalFactsEarned\n      criticalFactsTotal\n      criticalCoverage\n      agentsNeverAsked\n      contradictionsSurfaced\n      contradictionsTotal\n      triangulatedTopics {\n        topic\n        agents\n      }\n      timeToFirstQuestion {\n        agentId\n        phase\n        seconds\n      }\n    }\n    agents {\n      agentId\n      agentName\n      candidates\n      candidatesAsking\n      questions\n      questionsAnswered\n      questionsEarningNothing\n      nothingRate\n      factsHeld\n      criticalFactsHeld\n      discoveryRate\n      criticalDiscoveryRate\n      medianTimeToFirstQuestion\n    }\n    facts(rareThreshold: $rareThreshold) {\n      factId\n      agentId\n      text\n      importance\n      candidates\n      foundBy\n      discoveryRate\n      rarelyFound\n      timesEarned\n    }\n    distributions {\n      metric\n      n\n      min\n      q1\n      median\n      q3\n      max\n      mean\n      bins {\n        lo\n        hi\n        count\n      }\n    }\n  }\n}": typeof types.StaffAnalyticsDocument,
    "mutation StaffAssignJury($input: AssignJuryInput!) {\n  assignJury(input: $input) {\n    id\n  }\n}": typeof types.StaffAssignJuryDocument,
    "query StaffChangeLog($id: ID!) {\n  examChangeLog(examId: $id) {\n    kind\n    at\n    byName\n    reason\n    candidateName\n    extraTimePct\n    juryName\n    oralSlot\n    schedule {\n      ...StaffSchedule\n    }\n    previousSchedule {\n      ...StaffSchedule\n    }\n  }\n}": typeof types.StaffChangeLogDocument,
    "query StaffExam($id: ID!) {\n  examSession(id: $id) {\n    id\n    title\n    scenarioId\n    mode\n    createdAt\n    envelope {\n      text\n    }\n    schedule {\n      ...StaffSchedule\n    }\n    candidates {\n      candidateId\n      displayName\n      email\n      attemptId\n      extraTimePct\n      phase\n      deadline\n      locked\n      submittedBy\n      questions\n      juries {\n        juryId\n        oralSlot\n      }\n    }\n  }\n  users(role: JURY) {\n    id\n    displayName\n    email\n  }\n}": typeof types.StaffExamDocument,
    "query StaffExamLive($id: ID!) {\n  examLive(examId: $id) {\n    examId\n    at\n    onlineWindowMinutes\n    online\n    locked\n    questions\n    perAgent {\n      agentId\n      agentName\n      questions\n    }\n    candidates {\n      candidateId\n      displayName\n      attemptId\n      extraTimePct\n      phase\n      deadline\n      lastActivity\n      online\n      questions\n      perAgent {\n        agentId\n        agentName\n        questions\n      }\n      kpiRows\n      causes\n      conclusions\n      milestones\n      budgetLines\n      missing\n      locked\n      submittedBy\n    }\n  }\n}": typeof types.StaffExamLiveDocument,
    "subscription StaffExamMonitor($examId: ID!) {\n  examMonitor(examId: $examId) {\n    attemptId\n    eventType\n    at\n    locked\n  }\n}": typeof types.StaffExamMonitorDocument,
    "query StaffExams {\n  examSessions {\n    id\n    title\n    scenarioId\n    mode\n    candidateCount\n    createdAt\n    schedule {\n      ...StaffSchedule\n    }\n  }\n}": typeof types.StaffExamsDocument,
    "mutation StaffGrantAccommodation($input: GrantAccommodationInput!) {\n  grantAccommodation(input: $input) {\n    id\n  }\n}": typeof types.StaffGrantAccommodationDocument,
    "query StaffQuestions($id: ID!, $attemptId: ID, $agentId: ID, $earnedNothing: Boolean, $search: String, $sort: QuestionSort, $desc: Boolean, $offset: Int, $limit: Int) {\n  examAnalytics(examId: $id) {\n    examId\n    questions(\n      attemptId: $attemptId\n      agentId: $agentId\n      earnedNothing: $earnedNothing\n      search: $search\n      sort: $sort\n      desc: $desc\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        questionId\n        attemptId\n        displayName\n        index\n        agentId\n        phase\n        text\n        askedAt\n        status\n        refused\n        factsEarned\n        newFacts\n        repeatedFacts\n        criticalFactsEarned\n        earnedNothing\n        specificity\n        form\n        redundancy\n        redundant\n      }\n    }\n  }\n}": typeof types.StaffQuestionsDocument,
    "query StaffScenarios {\n  scenarios {\n    id\n    title\n    version\n    agents\n    facts\n    j1Minutes\n    j2Minutes\n    valid\n    problems\n    envelope {\n      text\n    }\n  }\n}": typeof types.StaffScenariosDocument,
    "fragment StaffSchedule on Schedule {\n  j1Start\n  j1End\n  j2Start\n  j2End\n  j3Start\n  j3End\n}": typeof types.StaffScheduleFragmentDoc,
    "mutation StaffScheduleExam($input: ScheduleExamInput!) {\n  scheduleExam(input: $input) {\n    id\n  }\n}": typeof types.StaffScheduleExamDocument,
    "mutation StaffUnassignJury($input: UnassignJuryInput!) {\n  unassignJury(input: $input) {\n    id\n  }\n}": typeof types.StaffUnassignJuryDocument,
    "query StaffUsers {\n  jury: users(role: JURY) {\n    id\n    displayName\n    email\n  }\n  staff: users(role: STAFF) {\n    id\n    displayName\n    email\n  }\n}": typeof types.StaffUsersDocument,
};
const documents: Documents = {
    "mutation AddBudgetLine($input: BudgetLineInput!) {\n  addBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.AddBudgetLineDocument,
    "mutation AddCause($input: CauseInput!) {\n  addCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.AddCauseDocument,
    "mutation AddKpiRow($input: KpiRowInput!) {\n  addKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.AddKpiRowDocument,
    "mutation AddMilestone($input: MilestoneInput!) {\n  addMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.AddMilestoneDocument,
    "subscription AnswerChunks($attemptId: ID!, $questionId: ID!) {\n  answerChunks(attemptId: $attemptId, questionId: $questionId) {\n    questionId\n    seq\n    text\n    done\n    failure\n    answer {\n      ...AnswerFields\n    }\n  }\n}": types.AnswerChunksDocument,
    "fragment AnswerFields on Answer {\n  text\n  refused\n  engine\n  latencyMs\n  at\n}": types.AnswerFieldsFragmentDoc,
    "mutation AskQuestion($input: AskQuestionInput!) {\n  askQuestion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.AskQuestionDocument,
    "query Attempt($id: ID!) {\n  attempt(id: $id) {\n    ...AttemptState\n    title\n    brief {\n      organisation\n      advertiser\n      title\n      context\n      objectives\n      campaign\n      instructions\n    }\n    questions {\n      ...QuestionFields\n    }\n    indicators {\n      id\n      label\n      unit\n      higherIsBetter\n    }\n  }\n}": types.AttemptDocument,
    "fragment AttemptState on Attempt {\n  id\n  version\n  mode\n  phase\n  phaseLabel\n  locked\n  extraTimePct\n  deadline\n  schedule {\n    j1Start\n    j1End\n    j2Start\n    j2End\n    j3Start\n    j3End\n  }\n  submission {\n    by\n    at\n  }\n  agents {\n    id\n    name\n    role\n    kind\n    days\n    open\n    closedReason\n    questions\n  }\n  orderEmail {\n    from\n    to\n    subject\n    body\n    orientations\n    stakeholders {\n      name\n      role\n    }\n    envelope {\n      euros\n      text\n    }\n  }\n  checklist {\n    code\n    section\n    message\n  }\n  report {\n    kpiRows {\n      id\n      kpiId\n      label\n      result\n      target\n      unit\n      gap {\n        absolute\n        relative\n        unit\n        verdict\n        text\n      }\n    }\n    causes {\n      id\n      rank\n      text\n      evidence\n      addressed\n    }\n    conclusions {\n      id\n      text\n    }\n    concept {\n      format\n      venue\n      targets\n      inclusiveMeasures\n    }\n    milestones {\n      id\n      title\n      date\n      owner\n      dependsOn\n    }\n    budget {\n      lines {\n        id\n        category\n        supplier\n        label\n        quantity\n        unitPrice {\n          euros\n          text\n        }\n        total {\n          euros\n          text\n        }\n      }\n      total {\n        euros\n        text\n      }\n      envelope {\n        euros\n        text\n      }\n      overrun {\n        euros\n        text\n      }\n    }\n    communication {\n      text\n      measures\n    }\n    links {\n      itemKind\n      itemId\n      causeIds\n    }\n    oralPrep {\n      competency\n      text\n    }\n  }\n}": types.AttemptStateFragmentDoc,
    "subscription AttemptUpdates($attemptId: ID!) {\n  attemptUpdates(attemptId: $attemptId) {\n    attemptId\n    version\n    eventType\n  }\n}": types.AttemptUpdatesDocument,
    "mutation ChangeKpiRow($input: KpiRowInput!) {\n  changeKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.ChangeKpiRowDocument,
    "query CompetencyGrid($attemptId: ID!) {\n  competencyGrid(attemptId: $attemptId) {\n    id\n    title\n    assessed\n    mandatory\n    point\n    questions\n  }\n}": types.CompetencyGridDocument,
    "mutation EditBudgetLine($input: BudgetLineInput!) {\n  editBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.EditBudgetLineDocument,
    "mutation EditCause($input: CauseInput!) {\n  editCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.EditCauseDocument,
    "mutation EditCommunicationSupport($input: CommunicationInput!) {\n  editCommunicationSupport(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.EditCommunicationSupportDocument,
    "mutation EditConceptField($input: ConceptFieldInput!) {\n  editConceptField(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.EditConceptFieldDocument,
    "mutation EditMilestone($input: MilestoneInput!) {\n  editMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.EditMilestoneDocument,
    "mutation EditOralPrepNote($input: OralPrepNoteInput!) {\n  editOralPrepNote(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.EditOralPrepNoteDocument,
    "mutation LinkCauseEvidence($input: CauseEvidenceInput!) {\n  linkCauseEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.LinkCauseEvidenceDocument,
    "mutation LoginWithCode($code: String!) {\n  loginWithCode(code: $code) {\n    user {\n      id\n      role\n      displayName\n    }\n  }\n}": types.LoginWithCodeDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    role\n    displayName\n  }\n}": types.MeDocument,
    "query MyAttempts {\n  myAttempts {\n    id\n    title\n    mode\n    phase\n    deadline\n    locked\n  }\n}": types.MyAttemptsDocument,
    "mutation OpenJ2Early($input: AttemptRefInput!) {\n  openJ2Early(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.OpenJ2EarlyDocument,
    "mutation PinEvidence($input: PinEvidenceInput!) {\n  pinEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.PinEvidenceDocument,
    "fragment QuestionFields on Question {\n  id\n  agentId\n  text\n  day\n  askedAt\n  status\n  streaming\n  failures\n  lastFailure\n  pinned\n  excerpt\n  answer {\n    ...AnswerFields\n  }\n}": types.QuestionFieldsFragmentDoc,
    "mutation RemoveBudgetLine($input: ItemRefInput!) {\n  removeBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.RemoveBudgetLineDocument,
    "mutation RemoveCause($input: ItemRefInput!) {\n  removeCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.RemoveCauseDocument,
    "mutation RemoveConclusion($input: ItemRefInput!) {\n  removeConclusion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.RemoveConclusionDocument,
    "mutation RemoveKpiRow($input: ItemRefInput!) {\n  removeKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.RemoveKpiRowDocument,
    "mutation RemoveMilestone($input: ItemRefInput!) {\n  removeMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.RemoveMilestoneDocument,
    "mutation ReorderCauses($input: ReorderCausesInput!) {\n  reorderCauses(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.ReorderCausesDocument,
    "mutation RetryQuestion($input: QuestionRefInput!) {\n  retryQuestion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.RetryQuestionDocument,
    "mutation SetJ1J2Link($input: J1J2LinkInput!) {\n  setJ1J2Link(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.SetJ1J2LinkDocument,
    "mutation SubmitReport($input: AttemptRefInput!) {\n  submitReport(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.SubmitReportDocument,
    "mutation UnlinkCauseEvidence($input: CauseEvidenceInput!) {\n  unlinkCauseEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.UnlinkCauseEvidenceDocument,
    "mutation UnpinEvidence($input: QuestionRefInput!) {\n  unpinEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.UnpinEvidenceDocument,
    "mutation WriteConclusion($input: ConclusionInput!) {\n  writeConclusion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}": types.WriteConclusionDocument,
    "query JuryCandidates {\n  juryCandidates {\n    attemptId\n    examTitle\n    candidateId\n    displayName\n    oralSlot\n    oralEnd\n    locked\n    status\n    evaluationStatus\n  }\n}": types.JuryCandidatesDocument,
    "query JuryOral($id: ID!) {\n  me {\n    id\n  }\n  competencyGrid(attemptId: $id) {\n    id\n    title\n    assessed\n    mandatory\n    point\n    questions\n  }\n  evaluations(attemptId: $id) {\n    ...JuryEvaluationFields\n  }\n}\n\nfragment JuryEvaluationFields on Evaluation {\n  attemptId\n  juryId\n  oralStartedAt\n  version\n  timers {\n    segment\n    running\n    elapsedMs\n  }\n  notes {\n    topic\n    text\n  }\n  bookmarks {\n    id\n    version\n    note\n  }\n  assessments {\n    competency\n    level\n    label\n    comment\n  }\n  finalised {\n    result\n    comment\n    at\n  }\n}\n\nmutation JuryOpenEvaluation($in: AttemptRefInput!) {\n  openEvaluation(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryStartOral($in: AttemptRefInput!) {\n  startOral(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryStartTimer($in: TimerInput!) {\n  startTimer(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryPauseTimer($in: TimerInput!) {\n  pauseTimer(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryWriteNote($in: JuryNoteInput!) {\n  writeJuryNote(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryBookmark($in: BookmarkInput!) {\n  bookmarkEvent(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryAssess($in: AssessCompetencyInput!) {\n  assessCompetency(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryFinalise($in: FinaliseInput!) {\n  finaliseEvaluation(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}": types.JuryOralDocument,
    "query JuryIndicators($id: ID!) {\n  indicators(attemptId: $id) {\n    kpis {\n      kpiId\n      label\n      unit\n      truthResult\n      truthTarget\n      written\n      writtenResult\n      writtenTarget\n      status\n      alternateAgent\n      factEarned\n      question {\n        ...JuryQuestion\n      }\n    }\n    budget {\n      total {\n        text\n      }\n      envelope {\n        text\n      }\n      overrun {\n        euros\n        text\n      }\n      question {\n        ...JuryQuestion\n      }\n      lines {\n        lineId\n        label\n        supplier\n        quantity\n        unitPrice {\n          text\n        }\n        offerLabel\n        quoted {\n          text\n        }\n        negotiated {\n          text\n        }\n        minQuantity\n        status\n        question {\n          ...JuryQuestion\n        }\n      }\n    }\n    inclusive {\n      present\n      conceptMeasures\n      communicationMeasures\n      accessibilityLines\n      question {\n        ...JuryQuestion\n      }\n    }\n    causesWithoutEvidence {\n      causeId\n      rank\n      text\n      question {\n        ...JuryQuestion\n      }\n    }\n    causesNotAddressed {\n      causeId\n      rank\n      text\n      question {\n        ...JuryQuestion\n      }\n    }\n    missedCriticalFacts {\n      factId\n      text\n      agentName\n      topic\n      question {\n        ...JuryQuestion\n      }\n    }\n    missedContradictions {\n      a {\n        ...JurySide\n      }\n      b {\n        ...JurySide\n      }\n      question {\n        ...JuryQuestion\n      }\n    }\n    questions {\n      ...JuryQuestion\n    }\n  }\n}\n\nfragment JuryQuestion on SuggestedQuestion {\n  competency\n  competencyTitle\n  text\n  prescribed\n  reason\n}": types.JuryIndicatorsDocument,
    "mutation JuryLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n      displayName\n    }\n  }\n}": types.JuryLoginDocument,
    "query JuryReplay($id: ID!) {\n  timeline(attemptId: $id) {\n    attemptId\n    events {\n      version\n      type\n      kind\n      at\n      summary\n      questionId\n      agentId\n      factIds\n    }\n  }\n  replay(attemptId: $id) {\n    length\n    facts {\n      factId\n      text\n      agentId\n      agentName\n      importance\n      earnedVersion\n      earnedAt\n      questionId\n      questionText\n      questionVersion\n      uses {\n        kind\n        questionId\n        causeId\n        causeText\n        version\n        at\n        current\n      }\n    }\n    contradictions {\n      surfaced\n      a {\n        ...JurySide\n      }\n      b {\n        ...JurySide\n      }\n    }\n    links {\n      itemKind\n      itemId\n      itemLabel\n      version\n      causes {\n        causeId\n        rank\n        text\n      }\n    }\n  }\n}\n\nfragment JurySide on ContradictionSide {\n  factId\n  text\n  agentName\n  earnedVersion\n}": types.JuryReplayDocument,
    "query JuryAttemptAt($id: ID!, $version: Int!) {\n  attemptAt(id: $id, version: $version) {\n    ...AttemptState\n    title\n    brief {\n      organisation\n      advertiser\n      title\n      context\n      objectives\n      campaign\n      instructions\n    }\n    questions {\n      ...QuestionFields\n    }\n  }\n}": types.JuryAttemptAtDocument,
    "mutation StaffAddUser($input: AddUserInput!) {\n  addUser(input: $input) {\n    id\n    role\n    displayName\n    email\n  }\n}": types.StaffAddUserDocument,
    "mutation StaffAdjustSchedule($input: AdjustScheduleInput!) {\n  adjustSchedule(input: $input) {\n    id\n  }\n}": types.StaffAdjustScheduleDocument,
    "query StaffAnalytics($id: ID!, $rareThreshold: Float) {\n  examAnalytics(examId: $id) {\n    examId\n    candidates {\n      attemptId\n      displayName\n      questions\n      questionsAnswered\n      factsEarned\n      questionsPerFact\n      questionsEarningNothing\n      redundantQuestions\n      meanSpecificity\n      openQuestionShare\n      criticalFactsEarned\n      criticalFactsTotal\n      criticalCoverage\n      agentsNeverAsked\n      contradictionsSurfaced\n      contradictionsTotal\n      triangulatedTopics {\n        topic\n        agents\n      }\n      timeToFirstQuestion {\n        agentId\n        phase\n        seconds\n      }\n    }\n    agents {\n      agentId\n      agentName\n      candidates\n      candidatesAsking\n      questions\n      questionsAnswered\n      questionsEarningNothing\n      nothingRate\n      factsHeld\n      criticalFactsHeld\n      discoveryRate\n      criticalDiscoveryRate\n      medianTimeToFirstQuestion\n    }\n    facts(rareThreshold: $rareThreshold) {\n      factId\n      agentId\n      text\n      importance\n      candidates\n      foundBy\n      discoveryRate\n      rarelyFound\n      timesEarned\n    }\n    distributions {\n      metric\n      n\n      min\n      q1\n      median\n      q3\n      max\n      mean\n      bins {\n        lo\n        hi\n        count\n      }\n    }\n  }\n}": types.StaffAnalyticsDocument,
    "mutation StaffAssignJury($input: AssignJuryInput!) {\n  assignJury(input: $input) {\n    id\n  }\n}": types.StaffAssignJuryDocument,
    "query StaffChangeLog($id: ID!) {\n  examChangeLog(examId: $id) {\n    kind\n    at\n    byName\n    reason\n    candidateName\n    extraTimePct\n    juryName\n    oralSlot\n    schedule {\n      ...StaffSchedule\n    }\n    previousSchedule {\n      ...StaffSchedule\n    }\n  }\n}": types.StaffChangeLogDocument,
    "query StaffExam($id: ID!) {\n  examSession(id: $id) {\n    id\n    title\n    scenarioId\n    mode\n    createdAt\n    envelope {\n      text\n    }\n    schedule {\n      ...StaffSchedule\n    }\n    candidates {\n      candidateId\n      displayName\n      email\n      attemptId\n      extraTimePct\n      phase\n      deadline\n      locked\n      submittedBy\n      questions\n      juries {\n        juryId\n        oralSlot\n      }\n    }\n  }\n  users(role: JURY) {\n    id\n    displayName\n    email\n  }\n}": types.StaffExamDocument,
    "query StaffExamLive($id: ID!) {\n  examLive(examId: $id) {\n    examId\n    at\n    onlineWindowMinutes\n    online\n    locked\n    questions\n    perAgent {\n      agentId\n      agentName\n      questions\n    }\n    candidates {\n      candidateId\n      displayName\n      attemptId\n      extraTimePct\n      phase\n      deadline\n      lastActivity\n      online\n      questions\n      perAgent {\n        agentId\n        agentName\n        questions\n      }\n      kpiRows\n      causes\n      conclusions\n      milestones\n      budgetLines\n      missing\n      locked\n      submittedBy\n    }\n  }\n}": types.StaffExamLiveDocument,
    "subscription StaffExamMonitor($examId: ID!) {\n  examMonitor(examId: $examId) {\n    attemptId\n    eventType\n    at\n    locked\n  }\n}": types.StaffExamMonitorDocument,
    "query StaffExams {\n  examSessions {\n    id\n    title\n    scenarioId\n    mode\n    candidateCount\n    createdAt\n    schedule {\n      ...StaffSchedule\n    }\n  }\n}": types.StaffExamsDocument,
    "mutation StaffGrantAccommodation($input: GrantAccommodationInput!) {\n  grantAccommodation(input: $input) {\n    id\n  }\n}": types.StaffGrantAccommodationDocument,
    "query StaffQuestions($id: ID!, $attemptId: ID, $agentId: ID, $earnedNothing: Boolean, $search: String, $sort: QuestionSort, $desc: Boolean, $offset: Int, $limit: Int) {\n  examAnalytics(examId: $id) {\n    examId\n    questions(\n      attemptId: $attemptId\n      agentId: $agentId\n      earnedNothing: $earnedNothing\n      search: $search\n      sort: $sort\n      desc: $desc\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        questionId\n        attemptId\n        displayName\n        index\n        agentId\n        phase\n        text\n        askedAt\n        status\n        refused\n        factsEarned\n        newFacts\n        repeatedFacts\n        criticalFactsEarned\n        earnedNothing\n        specificity\n        form\n        redundancy\n        redundant\n      }\n    }\n  }\n}": types.StaffQuestionsDocument,
    "query StaffScenarios {\n  scenarios {\n    id\n    title\n    version\n    agents\n    facts\n    j1Minutes\n    j2Minutes\n    valid\n    problems\n    envelope {\n      text\n    }\n  }\n}": types.StaffScenariosDocument,
    "fragment StaffSchedule on Schedule {\n  j1Start\n  j1End\n  j2Start\n  j2End\n  j3Start\n  j3End\n}": types.StaffScheduleFragmentDoc,
    "mutation StaffScheduleExam($input: ScheduleExamInput!) {\n  scheduleExam(input: $input) {\n    id\n  }\n}": types.StaffScheduleExamDocument,
    "mutation StaffUnassignJury($input: UnassignJuryInput!) {\n  unassignJury(input: $input) {\n    id\n  }\n}": types.StaffUnassignJuryDocument,
    "query StaffUsers {\n  jury: users(role: JURY) {\n    id\n    displayName\n    email\n  }\n  staff: users(role: STAFF) {\n    id\n    displayName\n    email\n  }\n}": types.StaffUsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddBudgetLine($input: BudgetLineInput!) {\n  addBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').AddBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddCause($input: CauseInput!) {\n  addCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').AddCauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddKpiRow($input: KpiRowInput!) {\n  addKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').AddKpiRowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMilestone($input: MilestoneInput!) {\n  addMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').AddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AnswerChunks($attemptId: ID!, $questionId: ID!) {\n  answerChunks(attemptId: $attemptId, questionId: $questionId) {\n    questionId\n    seq\n    text\n    done\n    failure\n    answer {\n      ...AnswerFields\n    }\n  }\n}"): typeof import('./graphql').AnswerChunksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnswerFields on Answer {\n  text\n  refused\n  engine\n  latencyMs\n  at\n}"): typeof import('./graphql').AnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskQuestion($input: AskQuestionInput!) {\n  askQuestion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').AskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Attempt($id: ID!) {\n  attempt(id: $id) {\n    ...AttemptState\n    title\n    brief {\n      organisation\n      advertiser\n      title\n      context\n      objectives\n      campaign\n      instructions\n    }\n    questions {\n      ...QuestionFields\n    }\n    indicators {\n      id\n      label\n      unit\n      higherIsBetter\n    }\n  }\n}"): typeof import('./graphql').AttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttemptState on Attempt {\n  id\n  version\n  mode\n  phase\n  phaseLabel\n  locked\n  extraTimePct\n  deadline\n  schedule {\n    j1Start\n    j1End\n    j2Start\n    j2End\n    j3Start\n    j3End\n  }\n  submission {\n    by\n    at\n  }\n  agents {\n    id\n    name\n    role\n    kind\n    days\n    open\n    closedReason\n    questions\n  }\n  orderEmail {\n    from\n    to\n    subject\n    body\n    orientations\n    stakeholders {\n      name\n      role\n    }\n    envelope {\n      euros\n      text\n    }\n  }\n  checklist {\n    code\n    section\n    message\n  }\n  report {\n    kpiRows {\n      id\n      kpiId\n      label\n      result\n      target\n      unit\n      gap {\n        absolute\n        relative\n        unit\n        verdict\n        text\n      }\n    }\n    causes {\n      id\n      rank\n      text\n      evidence\n      addressed\n    }\n    conclusions {\n      id\n      text\n    }\n    concept {\n      format\n      venue\n      targets\n      inclusiveMeasures\n    }\n    milestones {\n      id\n      title\n      date\n      owner\n      dependsOn\n    }\n    budget {\n      lines {\n        id\n        category\n        supplier\n        label\n        quantity\n        unitPrice {\n          euros\n          text\n        }\n        total {\n          euros\n          text\n        }\n      }\n      total {\n        euros\n        text\n      }\n      envelope {\n        euros\n        text\n      }\n      overrun {\n        euros\n        text\n      }\n    }\n    communication {\n      text\n      measures\n    }\n    links {\n      itemKind\n      itemId\n      causeIds\n    }\n    oralPrep {\n      competency\n      text\n    }\n  }\n}"): typeof import('./graphql').AttemptStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AttemptUpdates($attemptId: ID!) {\n  attemptUpdates(attemptId: $attemptId) {\n    attemptId\n    version\n    eventType\n  }\n}"): typeof import('./graphql').AttemptUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeKpiRow($input: KpiRowInput!) {\n  changeKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').ChangeKpiRowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetencyGrid($attemptId: ID!) {\n  competencyGrid(attemptId: $attemptId) {\n    id\n    title\n    assessed\n    mandatory\n    point\n    questions\n  }\n}"): typeof import('./graphql').CompetencyGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditBudgetLine($input: BudgetLineInput!) {\n  editBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').EditBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditCause($input: CauseInput!) {\n  editCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').EditCauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditCommunicationSupport($input: CommunicationInput!) {\n  editCommunicationSupport(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').EditCommunicationSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditConceptField($input: ConceptFieldInput!) {\n  editConceptField(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').EditConceptFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditMilestone($input: MilestoneInput!) {\n  editMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').EditMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditOralPrepNote($input: OralPrepNoteInput!) {\n  editOralPrepNote(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').EditOralPrepNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkCauseEvidence($input: CauseEvidenceInput!) {\n  linkCauseEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').LinkCauseEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginWithCode($code: String!) {\n  loginWithCode(code: $code) {\n    user {\n      id\n      role\n      displayName\n    }\n  }\n}"): typeof import('./graphql').LoginWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    role\n    displayName\n  }\n}"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAttempts {\n  myAttempts {\n    id\n    title\n    mode\n    phase\n    deadline\n    locked\n  }\n}"): typeof import('./graphql').MyAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenJ2Early($input: AttemptRefInput!) {\n  openJ2Early(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').OpenJ2EarlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PinEvidence($input: PinEvidenceInput!) {\n  pinEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').PinEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuestionFields on Question {\n  id\n  agentId\n  text\n  day\n  askedAt\n  status\n  streaming\n  failures\n  lastFailure\n  pinned\n  excerpt\n  answer {\n    ...AnswerFields\n  }\n}"): typeof import('./graphql').QuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveBudgetLine($input: ItemRefInput!) {\n  removeBudgetLine(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').RemoveBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveCause($input: ItemRefInput!) {\n  removeCause(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').RemoveCauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveConclusion($input: ItemRefInput!) {\n  removeConclusion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').RemoveConclusionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveKpiRow($input: ItemRefInput!) {\n  removeKpiRow(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').RemoveKpiRowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMilestone($input: ItemRefInput!) {\n  removeMilestone(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').RemoveMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderCauses($input: ReorderCausesInput!) {\n  reorderCauses(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').ReorderCausesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryQuestion($input: QuestionRefInput!) {\n  retryQuestion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').RetryQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetJ1J2Link($input: J1J2LinkInput!) {\n  setJ1J2Link(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').SetJ1J2LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReport($input: AttemptRefInput!) {\n  submitReport(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').SubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkCauseEvidence($input: CauseEvidenceInput!) {\n  unlinkCauseEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').UnlinkCauseEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpinEvidence($input: QuestionRefInput!) {\n  unpinEvidence(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').UnpinEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteConclusion($input: ConclusionInput!) {\n  writeConclusion(input: $input) {\n    id\n    version\n    attempt {\n      ...AttemptState\n    }\n  }\n}"): typeof import('./graphql').WriteConclusionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JuryCandidates {\n  juryCandidates {\n    attemptId\n    examTitle\n    candidateId\n    displayName\n    oralSlot\n    oralEnd\n    locked\n    status\n    evaluationStatus\n  }\n}"): typeof import('./graphql').JuryCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JuryOral($id: ID!) {\n  me {\n    id\n  }\n  competencyGrid(attemptId: $id) {\n    id\n    title\n    assessed\n    mandatory\n    point\n    questions\n  }\n  evaluations(attemptId: $id) {\n    ...JuryEvaluationFields\n  }\n}\n\nfragment JuryEvaluationFields on Evaluation {\n  attemptId\n  juryId\n  oralStartedAt\n  version\n  timers {\n    segment\n    running\n    elapsedMs\n  }\n  notes {\n    topic\n    text\n  }\n  bookmarks {\n    id\n    version\n    note\n  }\n  assessments {\n    competency\n    level\n    label\n    comment\n  }\n  finalised {\n    result\n    comment\n    at\n  }\n}\n\nmutation JuryOpenEvaluation($in: AttemptRefInput!) {\n  openEvaluation(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryStartOral($in: AttemptRefInput!) {\n  startOral(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryStartTimer($in: TimerInput!) {\n  startTimer(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryPauseTimer($in: TimerInput!) {\n  pauseTimer(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryWriteNote($in: JuryNoteInput!) {\n  writeJuryNote(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryBookmark($in: BookmarkInput!) {\n  bookmarkEvent(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryAssess($in: AssessCompetencyInput!) {\n  assessCompetency(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}\n\nmutation JuryFinalise($in: FinaliseInput!) {\n  finaliseEvaluation(input: $in) {\n    evaluation {\n      ...JuryEvaluationFields\n    }\n  }\n}"): typeof import('./graphql').JuryOralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JuryIndicators($id: ID!) {\n  indicators(attemptId: $id) {\n    kpis {\n      kpiId\n      label\n      unit\n      truthResult\n      truthTarget\n      written\n      writtenResult\n      writtenTarget\n      status\n      alternateAgent\n      factEarned\n      question {\n        ...JuryQuestion\n      }\n    }\n    budget {\n      total {\n        text\n      }\n      envelope {\n        text\n      }\n      overrun {\n        euros\n        text\n      }\n      question {\n        ...JuryQuestion\n      }\n      lines {\n        lineId\n        label\n        supplier\n        quantity\n        unitPrice {\n          text\n        }\n        offerLabel\n        quoted {\n          text\n        }\n        negotiated {\n          text\n        }\n        minQuantity\n        status\n        question {\n          ...JuryQuestion\n        }\n      }\n    }\n    inclusive {\n      present\n      conceptMeasures\n      communicationMeasures\n      accessibilityLines\n      question {\n        ...JuryQuestion\n      }\n    }\n    causesWithoutEvidence {\n      causeId\n      rank\n      text\n      question {\n        ...JuryQuestion\n      }\n    }\n    causesNotAddressed {\n      causeId\n      rank\n      text\n      question {\n        ...JuryQuestion\n      }\n    }\n    missedCriticalFacts {\n      factId\n      text\n      agentName\n      topic\n      question {\n        ...JuryQuestion\n      }\n    }\n    missedContradictions {\n      a {\n        ...JurySide\n      }\n      b {\n        ...JurySide\n      }\n      question {\n        ...JuryQuestion\n      }\n    }\n    questions {\n      ...JuryQuestion\n    }\n  }\n}\n\nfragment JuryQuestion on SuggestedQuestion {\n  competency\n  competencyTitle\n  text\n  prescribed\n  reason\n}"): typeof import('./graphql').JuryIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JuryLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n      displayName\n    }\n  }\n}"): typeof import('./graphql').JuryLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JuryReplay($id: ID!) {\n  timeline(attemptId: $id) {\n    attemptId\n    events {\n      version\n      type\n      kind\n      at\n      summary\n      questionId\n      agentId\n      factIds\n    }\n  }\n  replay(attemptId: $id) {\n    length\n    facts {\n      factId\n      text\n      agentId\n      agentName\n      importance\n      earnedVersion\n      earnedAt\n      questionId\n      questionText\n      questionVersion\n      uses {\n        kind\n        questionId\n        causeId\n        causeText\n        version\n        at\n        current\n      }\n    }\n    contradictions {\n      surfaced\n      a {\n        ...JurySide\n      }\n      b {\n        ...JurySide\n      }\n    }\n    links {\n      itemKind\n      itemId\n      itemLabel\n      version\n      causes {\n        causeId\n        rank\n        text\n      }\n    }\n  }\n}\n\nfragment JurySide on ContradictionSide {\n  factId\n  text\n  agentName\n  earnedVersion\n}"): typeof import('./graphql').JuryReplayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JuryAttemptAt($id: ID!, $version: Int!) {\n  attemptAt(id: $id, version: $version) {\n    ...AttemptState\n    title\n    brief {\n      organisation\n      advertiser\n      title\n      context\n      objectives\n      campaign\n      instructions\n    }\n    questions {\n      ...QuestionFields\n    }\n  }\n}"): typeof import('./graphql').JuryAttemptAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffAddUser($input: AddUserInput!) {\n  addUser(input: $input) {\n    id\n    role\n    displayName\n    email\n  }\n}"): typeof import('./graphql').StaffAddUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffAdjustSchedule($input: AdjustScheduleInput!) {\n  adjustSchedule(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').StaffAdjustScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffAnalytics($id: ID!, $rareThreshold: Float) {\n  examAnalytics(examId: $id) {\n    examId\n    candidates {\n      attemptId\n      displayName\n      questions\n      questionsAnswered\n      factsEarned\n      questionsPerFact\n      questionsEarningNothing\n      redundantQuestions\n      meanSpecificity\n      openQuestionShare\n      criticalFactsEarned\n      criticalFactsTotal\n      criticalCoverage\n      agentsNeverAsked\n      contradictionsSurfaced\n      contradictionsTotal\n      triangulatedTopics {\n        topic\n        agents\n      }\n      timeToFirstQuestion {\n        agentId\n        phase\n        seconds\n      }\n    }\n    agents {\n      agentId\n      agentName\n      candidates\n      candidatesAsking\n      questions\n      questionsAnswered\n      questionsEarningNothing\n      nothingRate\n      factsHeld\n      criticalFactsHeld\n      discoveryRate\n      criticalDiscoveryRate\n      medianTimeToFirstQuestion\n    }\n    facts(rareThreshold: $rareThreshold) {\n      factId\n      agentId\n      text\n      importance\n      candidates\n      foundBy\n      discoveryRate\n      rarelyFound\n      timesEarned\n    }\n    distributions {\n      metric\n      n\n      min\n      q1\n      median\n      q3\n      max\n      mean\n      bins {\n        lo\n        hi\n        count\n      }\n    }\n  }\n}"): typeof import('./graphql').StaffAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffAssignJury($input: AssignJuryInput!) {\n  assignJury(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').StaffAssignJuryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffChangeLog($id: ID!) {\n  examChangeLog(examId: $id) {\n    kind\n    at\n    byName\n    reason\n    candidateName\n    extraTimePct\n    juryName\n    oralSlot\n    schedule {\n      ...StaffSchedule\n    }\n    previousSchedule {\n      ...StaffSchedule\n    }\n  }\n}"): typeof import('./graphql').StaffChangeLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffExam($id: ID!) {\n  examSession(id: $id) {\n    id\n    title\n    scenarioId\n    mode\n    createdAt\n    envelope {\n      text\n    }\n    schedule {\n      ...StaffSchedule\n    }\n    candidates {\n      candidateId\n      displayName\n      email\n      attemptId\n      extraTimePct\n      phase\n      deadline\n      locked\n      submittedBy\n      questions\n      juries {\n        juryId\n        oralSlot\n      }\n    }\n  }\n  users(role: JURY) {\n    id\n    displayName\n    email\n  }\n}"): typeof import('./graphql').StaffExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffExamLive($id: ID!) {\n  examLive(examId: $id) {\n    examId\n    at\n    onlineWindowMinutes\n    online\n    locked\n    questions\n    perAgent {\n      agentId\n      agentName\n      questions\n    }\n    candidates {\n      candidateId\n      displayName\n      attemptId\n      extraTimePct\n      phase\n      deadline\n      lastActivity\n      online\n      questions\n      perAgent {\n        agentId\n        agentName\n        questions\n      }\n      kpiRows\n      causes\n      conclusions\n      milestones\n      budgetLines\n      missing\n      locked\n      submittedBy\n    }\n  }\n}"): typeof import('./graphql').StaffExamLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StaffExamMonitor($examId: ID!) {\n  examMonitor(examId: $examId) {\n    attemptId\n    eventType\n    at\n    locked\n  }\n}"): typeof import('./graphql').StaffExamMonitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffExams {\n  examSessions {\n    id\n    title\n    scenarioId\n    mode\n    candidateCount\n    createdAt\n    schedule {\n      ...StaffSchedule\n    }\n  }\n}"): typeof import('./graphql').StaffExamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffGrantAccommodation($input: GrantAccommodationInput!) {\n  grantAccommodation(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').StaffGrantAccommodationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffQuestions($id: ID!, $attemptId: ID, $agentId: ID, $earnedNothing: Boolean, $search: String, $sort: QuestionSort, $desc: Boolean, $offset: Int, $limit: Int) {\n  examAnalytics(examId: $id) {\n    examId\n    questions(\n      attemptId: $attemptId\n      agentId: $agentId\n      earnedNothing: $earnedNothing\n      search: $search\n      sort: $sort\n      desc: $desc\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        questionId\n        attemptId\n        displayName\n        index\n        agentId\n        phase\n        text\n        askedAt\n        status\n        refused\n        factsEarned\n        newFacts\n        repeatedFacts\n        criticalFactsEarned\n        earnedNothing\n        specificity\n        form\n        redundancy\n        redundant\n      }\n    }\n  }\n}"): typeof import('./graphql').StaffQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffScenarios {\n  scenarios {\n    id\n    title\n    version\n    agents\n    facts\n    j1Minutes\n    j2Minutes\n    valid\n    problems\n    envelope {\n      text\n    }\n  }\n}"): typeof import('./graphql').StaffScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StaffSchedule on Schedule {\n  j1Start\n  j1End\n  j2Start\n  j2End\n  j3Start\n  j3End\n}"): typeof import('./graphql').StaffScheduleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffScheduleExam($input: ScheduleExamInput!) {\n  scheduleExam(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').StaffScheduleExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffUnassignJury($input: UnassignJuryInput!) {\n  unassignJury(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').StaffUnassignJuryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffUsers {\n  jury: users(role: JURY) {\n    id\n    displayName\n    email\n  }\n  staff: users(role: STAFF) {\n    id\n    displayName\n    email\n  }\n}"): typeof import('./graphql').StaffUsersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
