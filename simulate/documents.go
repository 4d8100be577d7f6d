package simulate

// The GraphQL documents of a simulated candidate.
const (
	mLoginWithCode = `mutation($code: String!) { loginWithCode(code: $code) { user { id } } }`
	qMyAttempts    = `query { myAttempts { id locked } }`
	qAttempt       = `query($id: ID!) { attempt(id: $id) { ...A } }` + fragAttempt
	fragAttempt    = ` fragment A on Attempt { id scenarioId mode phase locked
		agents { id open } questions { id status } }`

	mAsk    = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`
	sAnswer = `subscription($attemptId: ID!, $questionId: ID!) {
		answerChunks(attemptId: $attemptId, questionId: $questionId) { seq text done failure } }`

	mOpenJ2Early     = `mutation($input: AttemptRefInput!) { openJ2Early(input: $input) { version } }`
	mSubmit          = `mutation($input: AttemptRefInput!) { submitReport(input: $input) { version } }`
	mAddKpiRow       = `mutation($input: KpiRowInput!) { addKpiRow(input: $input) { id } }`
	mAddCause        = `mutation($input: CauseInput!) { addCause(input: $input) { id } }`
	mLinkEvidence    = `mutation($input: CauseEvidenceInput!) { linkCauseEvidence(input: $input) { version } }`
	mWriteConclusion = `mutation($input: ConclusionInput!) { writeConclusion(input: $input) { id } }`
	mOralPrep        = `mutation($input: OralPrepNoteInput!) { editOralPrepNote(input: $input) { version } }`
	mConcept         = `mutation($input: ConceptFieldInput!) { editConceptField(input: $input) { version } }`
	mAddMilestone    = `mutation($input: MilestoneInput!) { addMilestone(input: $input) { id } }`
	mAddBudgetLine   = `mutation($input: BudgetLineInput!) { addBudgetLine(input: $input) { id } }`
	mCommunication   = `mutation($input: CommunicationInput!) { editCommunicationSupport(input: $input) { version } }`
	mLink            = `mutation($input: J1J2LinkInput!) { setJ1J2Link(input: $input) { version } }`
)

type attemptData struct {
	ID         string
	ScenarioID string
	Mode       string
	Phase      string
	Locked     bool
	Agents     []struct {
		ID   string
		Open bool
	}
	Questions []struct {
		ID     string
		Status string
	}
}

type answerChunk struct {
	Seq     int
	Text    string
	Done    bool
	Failure *string
}
