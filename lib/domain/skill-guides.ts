/**
 * What each skill of the framework covers, what each level of FRAMEWORK.md's
 * scale looks like in that skill, why each role needs it and where to learn
 * it. Content shipped with the framework: when it changes, FRAMEWORK_VERSION
 * changes with it. Targets and weights are not repeated here: they come from
 * the framework in force.
 */
import { RATING_SCALE, type Framework, type Level } from "./framework";

export const RESOURCE_KINDS = ["book", "course", "documentation", "article", "practice"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface LearningResource {
  title: string;
  url: string;
  kind: ResourceKind;
  /** The level (1-5) this resource helps reach. */
  level: number;
}

export interface SkillLevel {
  level: Level;
  /** The scale's name for the level (FRAMEWORK.md). */
  label: string;
  /** What the level looks like in this skill. */
  descriptor: string;
}

export interface SkillGuide {
  skill: string;
  description: string;
  levels: readonly SkillLevel[];
  /** Why each role needs the skill, in the framework's role order. */
  roles: readonly { role: string; why: string }[];
  resources: readonly LearningResource[];
}

type SixDescriptors = readonly [string, string, string, string, string, string];

interface GuideSource {
  description: string;
  levels: SixDescriptors;
  why: { "data-scientist": string; "ml-engineer": string; "ml-researcher": string };
  resources: readonly LearningResource[];
}

const r = (title: string, url: string, kind: ResourceKind, level: number): LearningResource => ({ title, url, kind, level });

// Resources reused by several skills, so each address is written once.
const ISLR = r("An Introduction to Statistical Learning (James, Witten, Hastie, Tibshirani)", "https://www.statlearning.com/", "book", 3);
const D2L = r("Dive into Deep Learning", "https://d2l.ai/", "book", 4);
const DEEP_LEARNING_BOOK = r("Deep Learning (Goodfellow, Bengio, Courville)", "https://www.deeplearningbook.org/", "book", 4);
const MML_BOOK = r("Mathematics for Machine Learning (Deisenroth, Faisal, Ong)", "https://mml-book.github.io/", "book", 3);
const SKLEARN_GUIDE = r("scikit-learn User Guide", "https://scikit-learn.org/stable/user_guide.html", "documentation", 3);
const ML_CRASH_COURSE = r(
  "Google Machine Learning Crash Course",
  "https://developers.google.com/machine-learning/crash-course",
  "course",
  2,
);
const MADE_WITH_ML = r("Made With ML (MLOps course)", "https://madewithml.com/", "course", 3);
const MISSING_SEMESTER = r("The Missing Semester of Your CS Education (MIT)", "https://missing.csail.mit.edu/", "course", 2);
const PYTHON_DS_HANDBOOK = r(
  "Python Data Science Handbook (VanderPlas)",
  "https://jakevdp.github.io/PythonDataScienceHandbook/",
  "book",
  3,
);
const R4DS = r("R for Data Science, 2nd edition (Wickham, Çetinkaya-Rundel, Grolemund)", "https://r4ds.hadley.nz/", "book", 3);
const UNDERSTANDING_ML = r(
  "Understanding Machine Learning: From Theory to Algorithms (Shalev-Shwartz, Ben-David)",
  "https://www.cs.huji.ac.il/~shais/UnderstandingMachineLearning/",
  "book",
  5,
);
const CONVEX_OPTIMIZATION = r("Convex Optimization (Boyd, Vandenberghe)", "https://web.stanford.edu/~boyd/cvxbook/", "book", 5);
const MLFLOW = r(
  "MLflow documentation (experiment tracking, model registry)",
  "https://mlflow.org/docs/latest/index.html",
  "documentation",
  3,
);
const SRE_BOOK = r("Site Reliability Engineering (Google)", "https://sre.google/sre-book/table-of-contents/", "book", 4);
const RULES_OF_ML = r(
  "Rules of Machine Learning (Google)",
  "https://developers.google.com/machine-learning/guides/rules-of-ml",
  "article",
  4,
);
const GOOGLE_MLOPS = r(
  "MLOps: continuous delivery and automation pipelines in machine learning (Google Cloud)",
  "https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning",
  "article",
  4,
);
const TUNING_PLAYBOOK = r(
  "Deep Learning Tuning Playbook (Google Research)",
  "https://github.com/google-research/tuning_playbook",
  "article",
  4,
);

const SOURCES: Record<string, GuideSource> = {
  programming: {
    description:
      "Writing the Python or R code that machine-learning work runs on: loading and reshaping data, calling libraries, writing functions and modules, debugging, and keeping notebooks and scripts readable enough to rerun months later.",
    levels: [
      "Has not written Python or R.",
      "Can read a short script and explain what variables, loops and functions do.",
      "Writes small scripts and notebooks by following tutorials; needs help when an error is unfamiliar.",
      "Writes clean, working modules for everyday data and model tasks, uses pandas or the tidyverse fluently and debugs on their own.",
      "Structures larger codebases, profiles and speeds up slow code, packages libraries and reviews others' code.",
      "Shapes how an organisation writes ML code: its libraries, conventions and tooling; may maintain widely used open-source packages.",
    ],
    why: {
      "data-scientist":
        "Every analysis, feature pipeline and model a data scientist builds is code, so fluent Python or R is a core skill of the role.",
      "ml-engineer":
        "Deploying models and building scalable pipelines means production code that others run and maintain, so the role expects the highest level here.",
      "ml-researcher":
        "Experimenting with and modifying models means implementing new ideas quickly and correctly in research code, so programming is core to the role.",
    },
    resources: [
      r("The Python Tutorial (python.org)", "https://docs.python.org/3/tutorial/", "documentation", 2),
      r("Kaggle Learn: Python", "https://www.kaggle.com/learn/python", "course", 2),
      r("Think Python, 2nd edition (Downey)", "https://greenteapress.com/wp/think-python-2e/", "book", 2),
      PYTHON_DS_HANDBOOK,
      R4DS,
      MISSING_SEMESTER,
    ],
  },
  statistics: {
    description:
      "Probability, distributions, estimation, hypothesis tests, confidence intervals and the reasoning about uncertainty behind every model evaluation, A/B test and claim that one result is better than another.",
    levels: [
      "Has not studied probability or statistics.",
      "Knows what a mean, variance, distribution and p-value are.",
      "Computes summary statistics and runs standard tests on clean data, following examples.",
      "Chooses and applies the right test or model for a typical question, checks its assumptions and reports uncertainty correctly.",
      "Handles messy designs (dependence, multiple comparisons, bias, causal questions) and reviews others' statistical claims.",
      "Sets statistical practice for an organisation or contributes new statistical methods.",
    ],
    why: {
      "data-scientist":
        "Evaluating model performance and drawing business conclusions from data rests on sound statistics, which is why it is a core skill of the role.",
      "ml-engineer":
        "An ML engineer needs enough statistics to read evaluation metrics and monitoring signals correctly, but the modelling judgement usually sits with others.",
      "ml-researcher":
        "Deep analysis of algorithms and honest experimental claims require an expert grasp of probability and statistics, a core skill of the role.",
    },
    resources: [
      r("Seeing Theory (Brown University)", "https://seeing-theory.brown.edu/", "course", 1),
      r("Khan Academy: Statistics and probability", "https://www.khanacademy.org/math/statistics-probability", "course", 2),
      r("OpenIntro Statistics", "https://www.openintro.org/book/os/", "book", 3),
      r("Think Stats, 2nd edition (Downey)", "https://greenteapress.com/wp/think-stats-2e/", "book", 3),
      r(
        "MIT 18.05 Introduction to Probability and Statistics (OpenCourseWare)",
        "https://ocw.mit.edu/courses/18-05-introduction-to-probability-and-statistics-spring-2014/",
        "course",
        4,
      ),
      ISLR,
    ],
  },
  mathematics: {
    description:
      "The linear algebra, multivariable calculus and optimisation that machine-learning methods are written in: vectors and matrices, gradients, eigen-decompositions, convexity and the algorithms that minimise a loss.",
    levels: [
      "Has not studied linear algebra or calculus.",
      "Knows what a matrix, a derivative and a gradient are.",
      "Works textbook exercises: multiplies matrices, takes derivatives, follows a gradient-descent derivation.",
      "Reads the mathematics in ML papers and documentation and derives gradients or closed forms for familiar models.",
      "Analyses convergence and conditioning, works comfortably with matrix calculus and proves properties of methods.",
      "Produces new mathematical results that the field builds on.",
    ],
    why: {
      "data-scientist":
        "A data scientist uses ready-made algorithms, so working knowledge is enough to understand what tuning and regularisation do.",
      "ml-engineer":
        "Production work rarely needs derivations; an ML engineer needs enough mathematics to follow how a model computes and why it may be numerically unstable.",
      "ml-researcher":
        "Developing new algorithms and analysing them mathematically is the heart of the role, so advanced mathematics is core at the expert level.",
    },
    resources: [
      r("Essence of Linear Algebra (3Blue1Brown)", "https://www.3blue1brown.com/topics/linear-algebra", "course", 1),
      r("Khan Academy: Multivariable calculus", "https://www.khanacademy.org/math/multivariable-calculus", "course", 2),
      MML_BOOK,
      r("MIT 18.06 Linear Algebra (OpenCourseWare)", "https://ocw.mit.edu/courses/18-06-linear-algebra-spring-2010/", "course", 3),
      CONVEX_OPTIMIZATION,
    ],
  },
  "data-visualization": {
    description:
      "Turning data and model results into charts that answer a question honestly: choosing the chart for the data, encoding it clearly, and building plots and dashboards with libraries such as Matplotlib, seaborn or ggplot2.",
    levels: [
      "Has not made charts from data.",
      "Can read common charts and knows the basic types (bar, line, scatter, histogram).",
      "Makes standard plots with a library by adapting examples.",
      "Picks the right chart for a question, labels it properly and builds clear figures for reports without help.",
      "Designs dashboards and visual stories for non-technical audiences and reviews others' charts for clarity and honesty.",
      "Sets an organisation's visual standards or creates visualisation methods others adopt.",
    ],
    why: {
      "data-scientist":
        "Exploratory analysis and explaining results to the business both run through charts, so visualisation is a core skill of the role.",
      "ml-engineer": "An ML engineer mostly reads dashboards that others built, so awareness of good practice is enough.",
      "ml-researcher":
        "Researchers plot training curves and results for papers; doing that competently with guidance is what the role needs.",
    },
    resources: [
      r("Kaggle Learn: Data Visualization", "https://www.kaggle.com/learn/data-visualization", "course", 2),
      r("seaborn tutorial", "https://seaborn.pydata.org/tutorial.html", "documentation", 3),
      r("Matplotlib User Guide", "https://matplotlib.org/stable/users/index.html", "documentation", 3),
      r("Fundamentals of Data Visualization (Wilke)", "https://clauswilke.com/dataviz/", "book", 4),
      r("Data Visualization: A Practical Introduction (Healy)", "https://socviz.co/", "book", 4),
    ],
  },
  eda: {
    description:
      "Getting to know a dataset before modelling it: profiling columns, finding missing and odd values, looking at distributions and relationships, and forming the questions and hypotheses that the modelling will test.",
    levels: [
      "Has not explored a dataset.",
      "Knows why data is explored before modelling and what summaries and plots are used.",
      "Profiles a clean dataset with pandas or dplyr by following a checklist.",
      "Explores a new dataset independently, spots quality problems, leakage and outliers, and turns findings into modelling decisions.",
      "Explores large, messy or unfamiliar data quickly, and teaches others what to look for.",
      "Defines how an organisation explores and documents data, or creates widely used EDA methods.",
    ],
    why: {
      "data-scientist":
        "Exploratory data analysis is listed among a data scientist's key responsibilities: it comes before every model they build.",
      "ml-engineer": "An ML engineer explores data mainly to understand pipelines and failures, so guided experience is enough.",
      "ml-researcher": "Researchers look at benchmark data to check their assumptions, which needs basic hands-on exploration.",
    },
    resources: [
      r("Kaggle Learn: Pandas", "https://www.kaggle.com/learn/pandas", "course", 2),
      r("pandas User Guide", "https://pandas.pydata.org/docs/user_guide/index.html", "documentation", 3),
      r("R for Data Science: Exploratory data analysis", "https://r4ds.hadley.nz/eda", "book", 3),
      r(
        "NIST/SEMATECH e-Handbook of Statistical Methods: Exploratory Data Analysis",
        "https://www.itl.nist.gov/div898/handbook/eda/eda.htm",
        "book",
        4,
      ),
      r("Kaggle competitions (explore real datasets)", "https://www.kaggle.com/competitions", "practice", 4),
    ],
  },
  "feature-engineering": {
    description:
      "Turning raw data into the inputs a model learns from: encoding categories, scaling, handling missing values, building aggregates and interactions, and selecting the features that help without leaking the target.",
    levels: [
      "Has not prepared features for a model.",
      "Knows what features, encodings and scaling are and why they matter.",
      "Applies standard transformations (one-hot encoding, scaling, imputation) following examples.",
      "Designs features for a typical problem, builds them into a reproducible pipeline and selects them with validation.",
      "Engineers features for hard problems (time series, text, high cardinality) while avoiding leakage, and reviews others' pipelines.",
      "Sets an organisation's feature practice (for example a feature store) or creates methods others adopt.",
    ],
    why: {
      "data-scientist":
        "Feature engineering and selection is one of a data scientist's key responsibilities, and often what decides a model's quality.",
      "ml-engineer":
        "An ML engineer turns a data scientist's features into scalable pipelines, which needs hands-on understanding rather than design expertise.",
      "ml-researcher": "Research on learned representations needs familiarity with hand-built features as the baseline they replace.",
    },
    resources: [
      r("Kaggle Learn: Feature Engineering", "https://www.kaggle.com/learn/feature-engineering", "course", 2),
      r("scikit-learn: Preprocessing data", "https://scikit-learn.org/stable/modules/preprocessing.html", "documentation", 3),
      r("scikit-learn: Feature selection", "https://scikit-learn.org/stable/modules/feature_selection.html", "documentation", 3),
      r("Feature Engineering and Selection (Kuhn, Johnson)", "https://www.feat.engineering/", "book", 4),
    ],
  },
  "ml-frameworks": {
    description:
      "Using the libraries that ML work is done with (scikit-learn for classical models, PyTorch and TensorFlow/Keras for deep learning): their data structures, training loops, model APIs and the ecosystem around them.",
    levels: [
      "Has not used an ML library.",
      "Knows what scikit-learn, PyTorch and TensorFlow are for.",
      "Trains a model with a library by adapting a tutorial.",
      "Builds, trains and evaluates models with a framework on their own, including custom datasets and standard architectures.",
      "Writes custom layers, losses and training loops, debugs performance (GPU, memory) and chooses between frameworks for a project.",
      "Contributes to the frameworks themselves or sets how an organisation uses them.",
    ],
    why: {
      "data-scientist":
        "Building and tuning models with ready-made algorithms happens through these libraries, so proficiency is a core skill of the role.",
      "ml-engineer":
        "An ML engineer serves and scales models built with these frameworks, and must know them well enough to export, optimise and debug them.",
      "ml-researcher":
        "Modifying and experimenting with existing models is done in PyTorch or TensorFlow, so researchers need to be proficient with them.",
    },
    resources: [
      SKLEARN_GUIDE,
      r("PyTorch Tutorials", "https://pytorch.org/tutorials/", "documentation", 3),
      r("TensorFlow Tutorials", "https://www.tensorflow.org/tutorials", "documentation", 3),
      r("Practical Deep Learning for Coders (fast.ai)", "https://course.fast.ai/", "course", 3),
      D2L,
    ],
  },
  "model-building": {
    description:
      "Choosing a model for a problem, training it, tuning its hyperparameters and evaluating it honestly: train/validation/test splits, cross-validation, the right metric for the business question, and error analysis.",
    levels: [
      "Has not trained a model.",
      "Knows what training, overfitting, validation and common metrics mean.",
      "Trains and evaluates standard models on prepared data by following examples.",
      "Chooses, tunes and evaluates models for a typical problem on their own, with sound validation and an appropriate metric.",
      "Handles imbalanced, shifting or small data, designs evaluation for ambiguous goals and reviews others' modelling.",
      "Sets an organisation's modelling and evaluation standards or advances modelling practice in the field.",
    ],
    why: {
      "data-scientist":
        "Building and tuning models with ready-made algorithms and evaluating their performance are two of the role's key responsibilities.",
      "ml-engineer":
        "An ML engineer must be able to retrain and re-evaluate models in pipelines independently, even if the modelling choices are made elsewhere.",
      "ml-researcher":
        "Modifying and experimenting with existing models requires proficient training, tuning and evaluation to show an idea really works.",
    },
    resources: [
      ML_CRASH_COURSE,
      r("Kaggle Learn: Intermediate Machine Learning", "https://www.kaggle.com/learn/intermediate-machine-learning", "course", 3),
      r("scikit-learn: Model evaluation", "https://scikit-learn.org/stable/modules/model_evaluation.html", "documentation", 3),
      ISLR,
      TUNING_PLAYBOOK,
    ],
  },
  "ml-theory": {
    description:
      "Why learning works: generalisation, the bias-variance trade-off, loss functions and optimisation, probabilistic models, and how neural networks learn representations, with enough depth to predict a method's behaviour before running it.",
    levels: [
      "Has not studied how learning algorithms work.",
      "Knows the vocabulary: overfitting, bias and variance, gradient descent, backpropagation.",
      "Follows derivations of standard models (linear models, logistic regression, backpropagation) with guidance.",
      "Explains why a method works and when it fails, and reads theoretical sections of papers on their own.",
      "Reasons about generalisation, optimisation and architectures on new problems and teaches the theory to others.",
      "Contributes new theory that the field builds on.",
    ],
    why: {
      "data-scientist":
        "A data scientist applies ready-made algorithms, so guided understanding of how they work is enough to use them sensibly.",
      "ml-engineer": "An ML engineer keeps models reliable rather than designing them, so a basic theoretical grounding is enough.",
      "ml-researcher": "Inventing or significantly improving methods needs an expert theoretical understanding, a core skill of the role.",
    },
    resources: [
      r("Stanford CS229 Machine Learning", "https://cs229.stanford.edu/", "course", 3),
      DEEP_LEARNING_BOOK,
      D2L,
      r("Foundations of Machine Learning (Mohri, Rostamizadeh, Talwalkar)", "https://cs.nyu.edu/~mohri/mlbook/", "book", 5),
      UNDERSTANDING_ML,
    ],
  },
  "research-methods": {
    description:
      "Running experiments that answer a question: forming hypotheses, designing baselines and ablations, controlling randomness, tracking runs, and judging whether a difference is real and reproducible.",
    levels: [
      "Has not run a structured experiment.",
      "Knows what a hypothesis, a baseline and an ablation are.",
      "Runs experiments someone else designed and records the results.",
      "Designs and runs experiments with baselines, ablations and repeated seeds on their own, and tracks them reproducibly.",
      "Plans research agendas, spots confounds in others' experiments and guides a team's experimental practice.",
      "Recognised for research practice: their methods and results shape a field.",
    ],
    why: {
      "data-scientist":
        "Data scientists compare models and run A/B tests, which needs experimental discipline with guidance rather than a research programme.",
      "ml-engineer": "An ML engineer mostly needs to know how experiments are run so they can support them in pipelines.",
      "ml-researcher":
        "Modifying and experimenting with existing models is a key responsibility of the role, so research and experimentation is core at the expert level.",
    },
    resources: [
      r("A Recipe for Training Neural Networks (Karpathy)", "https://karpathy.github.io/2019/04/25/recipe/", "article", 3),
      MLFLOW,
      TUNING_PLAYBOOK,
      r("arXiv (read current research)", "https://arxiv.org/", "practice", 5),
    ],
  },
  "algorithm-design": {
    description:
      "Designing new learning algorithms and analysing them: complexity, correctness, convergence and guarantees, and turning an idea on paper into a method with a clear argument for why it should work.",
    levels: [
      "Has not designed or analysed algorithms.",
      "Knows what complexity, correctness and convergence mean for an algorithm.",
      "Analyses the complexity of familiar algorithms and adapts them to small variations with guidance.",
      "Designs algorithms for well-posed problems on their own and proves their basic properties.",
      "Designs novel methods for open problems with rigorous analysis and reviews others' proofs.",
      "Creates algorithms or analyses that change how the field works.",
    ],
    why: {
      "data-scientist": "A data scientist uses existing algorithms, so awareness of how they are designed is all the role expects.",
      "ml-engineer": "An ML engineer deploys existing models, so awareness is enough; the deep design work belongs to researchers.",
      "ml-researcher": "Developing new ML algorithms and analysing them mathematically are the role's defining responsibilities.",
    },
    resources: [
      r("Algorithms (Erickson)", "https://jeffe.cs.illinois.edu/teaching/algorithms/", "book", 3),
      r(
        "MIT 6.006 Introduction to Algorithms (OpenCourseWare)",
        "https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/",
        "course",
        3,
      ),
      r(
        "MIT 6.046J Design and Analysis of Algorithms (OpenCourseWare)",
        "https://ocw.mit.edu/courses/6-046j-design-and-analysis-of-algorithms-spring-2015/",
        "course",
        4,
      ),
      CONVEX_OPTIMIZATION,
      UNDERSTANDING_ML,
    ],
  },
  publishing: {
    description:
      "Writing up research so others can judge and build on it: structuring a paper, presenting results and related work honestly, writing in LaTeX, and taking a paper through peer review at workshops, conferences and journals.",
    levels: [
      "Has not written a research paper.",
      "Knows how papers are structured and how peer review works.",
      "Has co-written a paper or report with a supervisor's guidance.",
      "Writes a clear paper independently and takes it through review, including rebuttals.",
      "Publishes regularly at strong venues, reviews for them and mentors others' writing.",
      "Recognised author whose papers set directions; serves as area chair or editor.",
    ],
    why: {
      "data-scientist": "Publishing is not part of a data scientist's work in FRAMEWORK.md, so the role does not require it.",
      "ml-engineer": "Publishing is not part of an ML engineer's work in FRAMEWORK.md, so the role does not require it.",
      "ml-researcher":
        "Publishing research papers is one of the role's key responsibilities, and papers are how a researcher's work is judged.",
    },
    resources: [
      r(
        "How to write a great research paper (Simon Peyton Jones)",
        "https://www.microsoft.com/en-us/research/academic-program/write-great-research-paper/",
        "article",
        2,
      ),
      r("Tips for Writing Technical Papers (Widom)", "https://cs.stanford.edu/people/widom/paper-writing.html", "article", 3),
      r("Overleaf: Learn LaTeX", "https://www.overleaf.com/learn", "documentation", 2),
      r("OpenReview (read real reviews of ML papers)", "https://openreview.net/", "practice", 4),
    ],
  },
  "software-engineering": {
    description:
      "The practices that keep code correct and changeable: version control, automated tests, code review, modular design, packaging and documentation, applied to ML code that others must run and maintain.",
    levels: [
      "Has not worked with version control, tests or code review.",
      "Knows why tests, version control and review matter.",
      "Uses Git, writes simple unit tests and takes review feedback, with guidance.",
      "Writes tested, reviewed, well-structured code and packages it on their own.",
      "Designs systems and codebases for change, sets up testing strategies and reviews others' designs.",
      "Defines engineering practice for an organisation.",
    ],
    why: {
      "data-scientist": "Data scientists hand models over to others, so basic testing and version control keep their work reusable.",
      "ml-engineer":
        "Building scalable pipelines and keeping models reliable at scale is software engineering, a core skill of the role at the expert level.",
      "ml-researcher":
        "Research code must be correct for results to be trusted and reproducible, so competent engineering practice is needed.",
    },
    resources: [
      r("Pro Git", "https://git-scm.com/book/en/v2", "book", 2),
      MISSING_SEMESTER,
      r("pytest documentation", "https://docs.pytest.org/en/stable/", "documentation", 3),
      r("Google Engineering Practices: code review", "https://google.github.io/eng-practices/", "documentation", 4),
      r("Software Engineering at Google", "https://abseil.io/resources/swe-book", "book", 5),
    ],
  },
  cloud: {
    description:
      "Running ML workloads on AWS, Google Cloud or Azure: compute and storage, identity and permissions, networking basics, managed ML services, and keeping cost and security under control.",
    levels: [
      "Has not used a cloud platform.",
      "Knows what cloud compute, storage and managed services are.",
      "Launches a virtual machine or notebook and stores data in the cloud by following guides.",
      "Deploys and operates ML workloads on one cloud independently, with sensible permissions and costs.",
      "Designs secure, scalable, cost-aware cloud architectures for ML and reviews others'.",
      "Sets an organisation's cloud strategy and platform.",
    ],
    why: {
      "data-scientist": "Data scientists mostly use cloud notebooks and storage set up by others, so awareness is enough.",
      "ml-engineer":
        "Deploying models on cloud platforms (AWS, GCP, Azure) is one of the role's key responsibilities, which makes cloud a core skill.",
      "ml-researcher": "Researchers use cloud GPUs when a lab provides them, so awareness is enough.",
    },
    resources: [
      r("Google Cloud Skills Boost", "https://www.cloudskillsboost.google/", "course", 2),
      r("Microsoft Learn: Azure training", "https://learn.microsoft.com/en-us/training/azure/", "course", 2),
      r("Amazon SageMaker documentation", "https://docs.aws.amazon.com/sagemaker/", "documentation", 3),
      r("Vertex AI documentation (Google Cloud)", "https://cloud.google.com/vertex-ai/docs", "documentation", 3),
      r("AWS Well-Architected Framework", "https://aws.amazon.com/architecture/well-architected/", "documentation", 4),
    ],
  },
  mlops: {
    description:
      "Automating the path from code and data to a model in production: versioning data and models, experiment tracking, training and deployment pipelines, continuous integration and delivery, and reproducible releases.",
    levels: [
      "Has not automated an ML workflow.",
      "Knows what CI/CD, model registries and ML pipelines are for.",
      "Runs an existing pipeline and adds simple steps with guidance.",
      "Builds training and deployment pipelines with CI/CD and model versioning on their own.",
      "Designs an ML platform's pipelines end to end, handles failures and scale, and guides others.",
      "Sets MLOps practice for an organisation or builds tools the community adopts.",
    ],
    why: {
      "data-scientist":
        "Monitoring and retraining models every few weeks goes smoother when a data scientist can work within existing pipelines.",
      "ml-engineer":
        "Building scalable ML pipelines and retraining systems is what the role does, so MLOps is a core skill at the expert level.",
      "ml-researcher": "Researchers rarely ship to production, so awareness of MLOps is enough.",
    },
    resources: [
      MADE_WITH_ML,
      r("GitHub Actions documentation", "https://docs.github.com/en/actions", "documentation", 3),
      MLFLOW,
      r("DVC documentation", "https://dvc.org/doc", "documentation", 3),
      GOOGLE_MLOPS,
      RULES_OF_ML,
    ],
  },
  containers: {
    description:
      "Packaging models and services as containers with Docker and running them with Kubernetes: images, registries, resource limits, deployments, scaling and the configuration that keeps them running.",
    levels: [
      "Has not used containers.",
      "Knows what a container, an image and an orchestrator are.",
      "Builds and runs a Docker image by following a guide.",
      "Writes efficient Dockerfiles and deploys services to Kubernetes on their own.",
      "Designs cluster deployments for ML (GPUs, autoscaling, rollouts) and troubleshoots others' setups.",
      "Sets an organisation's container platform or contributes to the tools.",
    ],
    why: {
      "data-scientist": "Data scientists may run a container someone else prepared, so awareness is enough.",
      "ml-engineer": "Containerisation with Docker and orchestration with Kubernetes is listed among the role's key responsibilities.",
      "ml-researcher": "Containers are not part of an ML researcher's work in FRAMEWORK.md, so the role does not require them.",
    },
    resources: [
      r("Docker: Get started", "https://docs.docker.com/get-started/", "documentation", 2),
      r("Kubernetes Basics tutorial", "https://kubernetes.io/docs/tutorials/kubernetes-basics/", "course", 2),
      r("Docker: Building best practices", "https://docs.docker.com/build/building/best-practices/", "documentation", 3),
      r("Kubernetes documentation: Concepts", "https://kubernetes.io/docs/concepts/", "documentation", 4),
    ],
  },
  "api-development": {
    description:
      "Exposing models and data as services: HTTP and REST, request validation, serialisation, authentication, versioning, and frameworks such as FastAPI or Flask, so other systems can call a model reliably.",
    levels: [
      "Has not built a web API.",
      "Knows what HTTP, REST and JSON are.",
      "Builds a simple endpoint that serves a model by following a tutorial.",
      "Designs and builds validated, documented, tested APIs for models on their own.",
      "Designs API contracts for many clients, handles versioning, latency and load, and reviews others' APIs.",
      "Sets an organisation's API standards.",
    ],
    why: {
      "data-scientist": "Data scientists occasionally call or demo an API, so awareness is enough.",
      "ml-engineer": "Serving models to other systems is how deployed models reach users, so API development is a core skill of the role.",
      "ml-researcher": "API development is not part of an ML researcher's work in FRAMEWORK.md, so the role does not require it.",
    },
    resources: [
      r("MDN: HTTP", "https://developer.mozilla.org/en-US/docs/Web/HTTP", "documentation", 2),
      r("FastAPI tutorial", "https://fastapi.tiangolo.com/tutorial/", "documentation", 3),
      r("Flask documentation", "https://flask.palletsprojects.com/", "documentation", 3),
      r("Google Cloud API Design Guide", "https://cloud.google.com/apis/design", "documentation", 4),
      r("OpenAPI Specification", "https://spec.openapis.org/oas/latest.html", "documentation", 4),
    ],
  },
  "linux-production": {
    description:
      "Working on the Linux servers where models run: the shell, processes, files and permissions, networking basics, logs, resource limits and the habits that keep production systems healthy.",
    levels: [
      "Has not used a Linux shell.",
      "Knows basic shell commands and what a process and a file permission are.",
      "Navigates a server, edits files and runs jobs over SSH with guidance.",
      "Operates services on Linux on their own: logs, processes, resources, scheduling and basic networking.",
      "Diagnoses production incidents (memory, disk, network, performance) and sets up reliable operations for others.",
      "Sets production operations practice for an organisation.",
    ],
    why: {
      "data-scientist": "Data scientists log in to shared machines now and then, so awareness is enough.",
      "ml-engineer": "Keeping models reliable at scale happens on Linux servers, so production operations is a core skill of the role.",
      "ml-researcher": "Researchers run jobs on lab clusters, which needs awareness of the shell and job schedulers.",
    },
    resources: [
      r("The Linux Command Line (Shotts)", "https://linuxcommand.org/tlcl.php", "book", 2),
      MISSING_SEMESTER,
      r("OverTheWire: Bandit", "https://overthewire.org/wargames/bandit/", "practice", 2),
      SRE_BOOK,
    ],
  },
  monitoring: {
    description:
      "Watching models after release and keeping them accurate: service and data metrics, drift detection, alerting, feedback loops, and deciding when and how to retrain.",
    levels: [
      "Has not monitored a model in use.",
      "Knows that models degrade and what data drift and concept drift are.",
      "Reads monitoring dashboards and retrains a model with guidance.",
      "Sets up metrics, drift checks and alerts for a model and runs its retraining on their own.",
      "Designs monitoring and retraining systems for many models and leads incident reviews.",
      "Sets an organisation's model-monitoring practice.",
    ],
    why: {
      "data-scientist":
        "Monitoring and retraining models every few weeks is listed among a data scientist's responsibilities, so the role needs it independently.",
      "ml-engineer": "Setting up monitoring and retraining systems is one of the role's key responsibilities, at a proficient level.",
      "ml-researcher":
        "Monitoring production models is not part of an ML researcher's work in FRAMEWORK.md, so the role does not require it.",
    },
    resources: [
      r(
        "Data Distribution Shifts and Monitoring (Chip Huyen)",
        "https://huyenchip.com/2022/02/07/data-distribution-shifts-and-monitoring.html",
        "article",
        3,
      ),
      r("Evidently documentation", "https://docs.evidentlyai.com/", "documentation", 3),
      r("Prometheus: Overview", "https://prometheus.io/docs/introduction/overview/", "documentation", 3),
      r(
        "Site Reliability Engineering: Monitoring Distributed Systems",
        "https://sre.google/sre-book/monitoring-distributed-systems/",
        "book",
        4,
      ),
      MADE_WITH_ML,
    ],
  },
  "business-domain": {
    description:
      "Understanding the business a model serves: its goals, metrics, constraints and users, framing a vague request as a solvable ML problem, and explaining results in terms decision makers act on.",
    levels: [
      "Has not worked with business stakeholders on data problems.",
      "Knows the organisation's main products and metrics.",
      "Translates a clearly stated business question into an analysis with guidance.",
      "Frames business problems as ML problems, picks metrics that match the goal and communicates results on their own.",
      "Shapes which problems are worth solving, weighs costs and risks, and advises decision makers.",
      "Sets the data and ML strategy of an organisation.",
    ],
    why: {
      "data-scientist":
        "The role's focus is solving business problems with existing algorithms, so domain knowledge is a core skill at a proficient level.",
      "ml-engineer": "ML engineers need enough domain knowledge to understand what the models they deploy are for and what failure costs.",
      "ml-researcher": "Researchers work on general methods, so awareness of where they are applied is enough.",
    },
    resources: [
      r("Google: Introduction to ML Problem Framing", "https://developers.google.com/machine-learning/problem-framing", "course", 2),
      r(
        "MIT 15.071 The Analytics Edge (OpenCourseWare)",
        "https://ocw.mit.edu/courses/15-071-the-analytics-edge-spring-2017/",
        "course",
        3,
      ),
      r("Forecasting: Principles and Practice (Hyndman, Athanasopoulos)", "https://otexts.com/fpp3/", "book", 3),
      r("People + AI Guidebook (Google PAIR)", "https://pair.withgoogle.com/guidebook/", "article", 4),
      RULES_OF_ML,
    ],
  },
};

const ROLE_ORDER = ["data-scientist", "ml-engineer", "ml-researcher"] as const;

function guide(skill: string, source: GuideSource): SkillGuide {
  return {
    skill,
    description: source.description,
    levels: RATING_SCALE.map(({ level, name }) => ({ level, label: name, descriptor: source.levels[level] })),
    roles: ROLE_ORDER.map((role) => ({ role, why: source.why[role] })),
    resources: source.resources,
  };
}

export const SKILL_GUIDES: readonly SkillGuide[] = Object.entries(SOURCES).map(([skill, source]) => guide(skill, source));

const BY_SKILL = new Map(SKILL_GUIDES.map((entry) => [entry.skill, entry]));

/** The guide of one skill, or undefined for a slug the content does not cover. */
export function skillGuide(slug: string): SkillGuide | undefined {
  return BY_SKILL.get(slug);
}

/** What a level looks like in a skill; falls back to the scale's generic descriptor. */
export function levelDescriptor(slug: string, level: number): string {
  return skillGuide(slug)?.levels[level]?.descriptor ?? RATING_SCALE[level]?.descriptor ?? "";
}

export interface SkillDetail {
  slug: string;
  name: string;
  category: string;
  description: string;
  levels: readonly SkillLevel[];
  roles: { slug: string; name: string; target: number; weight: number; why: string }[];
  resources: readonly LearningResource[];
}

/**
 * A skill of the framework in force with its guide: targets and weights come
 * from the framework, the words from the guide. A skill added to the database
 * without a guide gets the scale's generic descriptors and no resources.
 */
export function describeSkill(framework: Framework, slug: string): SkillDetail | undefined {
  const skill = framework.skills.find((entry) => entry.slug === slug);
  if (!skill) return undefined;
  const guide = skillGuide(slug);
  return {
    ...skill,
    description: guide?.description ?? "",
    levels: guide?.levels ?? RATING_SCALE.map(({ level, name, descriptor }) => ({ level, label: name, descriptor })),
    roles: framework.roles.map((role) => {
      const entry = role.skills.find((target) => target.skill === slug);
      return {
        slug: role.slug,
        name: role.name,
        target: entry?.target ?? 0,
        weight: entry?.weight ?? 1,
        why: guide?.roles.find((reason) => reason.role === role.slug)?.why ?? "",
      };
    }),
    resources: guide?.resources ?? [],
  };
}

/** How many resources a plan step offers: a short list gets used, a long one does not. */
export const STEP_RESOURCES = 2;

/**
 * The resources for one step, reaching a level in a skill: those written for
 * exactly that level first, then the nearest levels (the lower of two equally
 * near), since few guides list anything for the first level.
 */
export function stepResources(slug: string, level: number, count = STEP_RESOURCES): LearningResource[] {
  const resources = skillGuide(slug)?.resources ?? [];
  return [...resources].sort((a, b) => Math.abs(a.level - level) - Math.abs(b.level - level) || a.level - b.level).slice(0, count);
}
