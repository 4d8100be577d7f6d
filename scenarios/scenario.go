// Package scenarios loads and lints exam scenarios: content written by the
// pedagogy team as one folder of YAML files per scenario (see README.md in
// this folder). No fact, figure or persona of a scenario lives in Go code.
package scenarios

// Importance of a fact for the diagnosis.
type Importance string

const (
	Critical Importance = "critical"
	Useful   Importance = "useful"
	Noise    Importance = "noise"
)

// Day of the exam.
type Day string

const (
	J1 Day = "J1"
	J2 Day = "J2"
	J3 Day = "J3"
)

// AgentKind tells a project-team agent (J1) from a supplier (J2).
type AgentKind string

const (
	Team     AgentKind = "team"
	Supplier AgentKind = "supplier"
)

// Scenario is one loaded, linted scenario.
type Scenario struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	// Version is text ("1.0.0"): `scalar:"text"` makes the loader refuse
	// an unquoted number, which YAML would read as a float (1.10 → 1.1).
	Version string `yaml:"version" scalar:"text"`
	// Language of the content; "fr" for the shipped scenarios.
	Language string `yaml:"language"`

	Brief        Brief           `yaml:"-"`
	KPIs         []KPI           `yaml:"-"`
	Agents       []Agent         `yaml:"-"`
	Offers       []Offer         `yaml:"-"`
	OrderEmail   OrderEmail      `yaml:"-"`
	Budget       Budget          `yaml:"budget"`
	Competencies []Competency    `yaml:"-"`
	Synonyms     [][]string      `yaml:"-"`
	Schedule     Schedule        `yaml:"schedule"`
	Modes        map[string]Mode `yaml:"modes"`

	// Dir is the folder the scenario was loaded from.
	Dir string `yaml:"-"`
	// Warnings: what lint found that does not stop the scenario from
	// loading but is probably not what its author meant (`cellule scenario
	// lint` prints them).
	Warnings []Problem `yaml:"-"`

	// lines locates every loaded value (file, path) so that lint problems
	// point at the exact line; empty for a scenario built in code.
	lines map[lineKey]int
}

// Brief is what the candidate reads on the morning of J1.
type Brief struct {
	Organisation string   `yaml:"organisation"`
	Advertiser   string   `yaml:"advertiser"`
	Title        string   `yaml:"title"`
	Context      string   `yaml:"context"`    // paragraphs, plain text
	Objectives   []string `yaml:"objectives"` // campaign objectives
	Campaign     string   `yaml:"campaign"`   // what was done, when, with which means
	Instructions string   `yaml:"instructions"`
}

// KPI is one indicator of the KPI ground truth.
type KPI struct {
	ID       string  `yaml:"id"`
	Label    string  `yaml:"label"`
	Category string  `yaml:"category"` // reach | engagement | conversion | satisfaction
	Unit     string  `yaml:"unit"`     // "%", "€", "personnes", "/10"...
	Target   float64 `yaml:"target"`
	Result   float64 `yaml:"result"`
	// HigherIsBetter is false for indicators such as cost per lead.
	HigherIsBetter bool `yaml:"higher_is_better"`
	// KnownBy is the agent whose facts disclose the result; Fact is that fact.
	KnownBy string `yaml:"known_by"`
	Fact    string `yaml:"fact"`
	// Contradictions: other figures for this indicator given by other agents.
	Contradictions []KPIContradiction `yaml:"contradictions"`
	Line           int                `yaml:"-"`
	File           string             `yaml:"-"`
}

// KPIContradiction is a figure for a KPI that another agent states,
// typically under another definition.
type KPIContradiction struct {
	Agent      string  `yaml:"agent"`
	Fact       string  `yaml:"fact"`
	Value      float64 `yaml:"value"`
	Definition string  `yaml:"definition"`
}

// Agent is one role-play agent.
type Agent struct {
	ID   string    `yaml:"id"`
	Name string    `yaml:"name"`
	Role string    `yaml:"role"`
	Kind AgentKind `yaml:"kind"`
	// Days when the agent can be questioned. A team agent available on J2
	// is "reactivated" there.
	Days    []Day   `yaml:"days"`
	Persona Persona `yaml:"persona"`
	// Redirects: when a question is about one of these topics and the agent
	// does not hold it, it points to the colleague named (an agent id).
	Redirects []Redirect `yaml:"redirects"`
	Facts     []Fact     `yaml:"facts"`
	Line      int        `yaml:"-"`
	File      string     `yaml:"-"`
}

// Persona parameters: how the agent speaks and resists.
type Persona struct {
	Tone string `yaml:"tone"`
	// Cooperation 0..1: how readily the agent gives useful facts (a low
	// value needs more precise questions: it raises the gating threshold).
	Cooperation float64 `yaml:"cooperation"`
	// Resistance 0..1: how much a supplier pushes back before negotiating.
	Resistance float64 `yaml:"resistance"`
	Greeting   string  `yaml:"greeting"`
	// Openers, Connectors and Closers give variety to composed answers.
	Openers    []string `yaml:"openers"`
	Connectors []string `yaml:"connectors"`
	Closers    []string `yaml:"closers"`
	// Vague is said when the question earns nothing precise.
	Vague []string `yaml:"vague"`
	// Refusals are said to out-of-role or manipulative questions.
	Refusals []string `yaml:"refusals"`
	// Repeats introduce a fact already given in this conversation.
	Repeats []string `yaml:"repeats"`
}

// Redirect points a topic to the colleague who holds it.
type Redirect struct {
	Topics []string `yaml:"topics"`
	Agent  string   `yaml:"agent"`
	Say    string   `yaml:"say"`
}

// Fact is one piece of an agent's knowledge.
type Fact struct {
	ID          string     `yaml:"id"`
	Text        string     `yaml:"text"`
	Topics      []string   `yaml:"topics"`
	Triggers    []string   `yaml:"triggers"` // French phrasings that earn it
	Importance  Importance `yaml:"importance"`
	Exclusive   bool       `yaml:"exclusive"`
	Requires    []string   `yaml:"requires"`    // facts that must have been disclosed first
	Contradicts []string   `yaml:"contradicts"` // facts of other agents it contradicts
	// Negotiation, for supplier facts that are a term that moves only when
	// the candidate argues: the argument triggers and the moved term.
	Negotiation *Negotiation `yaml:"negotiation"`
	Line        int          `yaml:"-"`
	File        string       `yaml:"-"`
}

// Negotiation describes a term a supplier concedes only to an argument.
type Negotiation struct {
	Offer        string   `yaml:"offer"`      // the Offer id it changes
	Arguments    []string `yaml:"arguments"`  // phrasings of an acceptable argument
	Concession   string   `yaml:"concession"` // what the supplier then says
	NewUnitPrice *float64 `yaml:"new_unit_price"`
}

// Offer is one item of a supplier catalogue.
type Offer struct {
	ID            string   `yaml:"id"`
	Supplier      string   `yaml:"supplier"` // agent id
	Category      string   `yaml:"category"` // lieu | communication | technique | accessibilite | restauration...
	Label         string   `yaml:"label"`
	Unit          string   `yaml:"unit"`
	UnitPrice     float64  `yaml:"unit_price"`
	MinQty        float64  `yaml:"min_qty"`
	LeadDays      int      `yaml:"lead_days"`
	Capacity      int      `yaml:"capacity"`
	Dates         []string `yaml:"dates"` // ISO dates available, when relevant
	Accessibility []string `yaml:"accessibility"`
	Constraints   []string `yaml:"constraints"`
	Fact          string   `yaml:"fact"` // the fact that discloses this offer's price
	Line          int      `yaml:"-"`
	File          string   `yaml:"-"`
}

// OrderEmail is the direction's J2 order.
type OrderEmail struct {
	From         string        `yaml:"from"`
	To           string        `yaml:"to"`
	Subject      string        `yaml:"subject"`
	Body         string        `yaml:"body"`
	Orientations []string      `yaml:"orientations"`
	Stakeholders []Stakeholder `yaml:"stakeholders"`
}

// Stakeholder to mobilise for the relaunch.
type Stakeholder struct {
	Name string `yaml:"name"`
	Role string `yaml:"role"`
}

// Budget of the relaunch event.
type Budget struct {
	Envelope float64 `yaml:"envelope"` // euros, all taxes excluded
	Currency string  `yaml:"currency"`
}

// Competency of the grid C18–C29.
type Competency struct {
	ID        string   `yaml:"id"`
	Title     string   `yaml:"title"`
	Assessed  string   `yaml:"assessed"` // "written" (report) or "oral"
	Mandatory bool     `yaml:"mandatory"`
	Point     string   `yaml:"point"`     // "Point défendu" in the guide
	Questions []string `yaml:"questions"` // typical jury questions
}

// Schedule gives default durations; exam sessions set actual times.
type Schedule struct {
	J1Minutes           int `yaml:"j1_minutes"`
	J2Minutes           int `yaml:"j2_minutes"`
	PresentationMinutes int `yaml:"presentation_minutes"`
	QuestionsMinutes    int `yaml:"questions_minutes"`
}

// Mode settings: practice (self-paced, feedback) or certification (strict).
type Mode struct {
	Feedback       bool `yaml:"feedback"`
	StrictSchedule bool `yaml:"strict_schedule"`
	// QuestionsPerHour caps questions per candidate (rate limit); 0 = default.
	QuestionsPerHour int `yaml:"questions_per_hour"`
}
