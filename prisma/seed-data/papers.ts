// Demo seed data: the "Test of Time" curriculum (14 topic tracks, 26 weekly sessions) and the
// weekly Paper Club reading list (24 recent papers). Every paper carries a real arXiv id or, for
// papers that never appeared on arXiv, a lower-case DOI. Abstracts are short paraphrases.

export type SeedPaper = {
  arxivId?: string; // new-style "1706.03762" or old-style "cs/0101001", no version suffix
  doi?: string; // lower case, only for papers without an arXiv id
  title: string;
  authors: string[]; // in order; for more than 8 authors, the first 6 and then "et al."
  year: number; // year of first publication
  abstract: string; // 1–2 sentence plain summary
};

export type SeedTrack = {
  slug: string;
  name: string;
  description: string;
  sessions: SeedPaper[][]; // one inner array per weekly session, 2–4 papers each
};

export const testOfTimeTracks: SeedTrack[] = [
  // ── 1 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "foundations",
    name: "Foundations of Deep Learning",
    description:
      "The optimization, activation and attention ideas that nearly every modern model still rests on. Start here to understand why today's training recipes look the way they do.",
    sessions: [
      [
        {
          doi: "10.1214/aoms/1177729586",
          title: "A Stochastic Approximation Method",
          authors: ["Herbert Robbins", "Sutton Monro"],
          year: 1951,
          abstract:
            "Introduces an iterative procedure that finds the root of a function observed only through noisy measurements, using step sizes that shrink over time. It is the theoretical ancestor of stochastic gradient descent.",
        },
        {
          doi: "10.1038/323533a0",
          title: "Learning representations by back-propagating errors",
          authors: ["David E. Rumelhart", "Geoffrey E. Hinton", "Ronald J. Williams"],
          year: 1986,
          abstract:
            "Shows how to train multi-layer networks by propagating error gradients backwards through the layers, so hidden units learn useful internal features. This made backpropagation the standard way to train neural networks.",
        },
        {
          arxivId: "1412.6980",
          title: "Adam: A Method for Stochastic Optimization",
          authors: ["Diederik P. Kingma", "Jimmy Ba"],
          year: 2014,
          abstract:
            "Proposes an optimizer that adapts a per-parameter step size from running estimates of the first and second moments of the gradient, with bias correction. It became the default optimizer for deep learning.",
        },
        {
          arxivId: "1502.01852",
          title: "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification",
          authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
          year: 2015,
          abstract:
            "Studies rectified linear units in very deep networks, introducing the learnable Parametric ReLU and an initialization scheme derived for rectifiers (He initialization). Together they let much deeper ReLU networks train reliably.",
        },
      ],
      [
        {
          arxivId: "1312.5602",
          title: "Playing Atari with Deep Reinforcement Learning",
          authors: ["Volodymyr Mnih", "Koray Kavukcuoglu", "David Silver", "Alex Graves", "Ioannis Antonoglou", "Daan Wierstra", "Martin Riedmiller"],
          year: 2013,
          abstract:
            "Trains a convolutional network with Q-learning and experience replay to play Atari games directly from pixels. The Deep Q-Network showed that deep learning and reinforcement learning could be combined end to end.",
        },
        {
          arxivId: "1409.0473",
          title: "Neural Machine Translation by Jointly Learning to Align and Translate",
          authors: ["Dzmitry Bahdanau", "Kyunghyun Cho", "Yoshua Bengio"],
          year: 2014,
          abstract:
            "Lets a translation decoder softly attend over all encoder states instead of squeezing the source sentence into one fixed vector. This is the paper that introduced the attention mechanism to sequence models.",
        },
        {
          arxivId: "1706.03762",
          title: "Attention Is All You Need",
          authors: [
            "Ashish Vaswani",
            "Noam Shazeer",
            "Niki Parmar",
            "Jakob Uszkoreit",
            "Llion Jones",
            "Aidan N. Gomez",
            "Lukasz Kaiser",
            "Illia Polosukhin",
          ],
          year: 2017,
          abstract:
            "Introduces the Transformer, which drops recurrence entirely and models sequences with multi-head self-attention and position encodings. It trains far more parallelly than RNNs and became the backbone of modern language models.",
        },
      ],
    ],
  },

  // ── 2 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "before-llms",
    name: "Before LLMs",
    description:
      "Recurrent networks, sequence-to-sequence models and the first pretrained representations. These papers set up the problems that Transformers and large language models went on to solve.",
    sessions: [
      [
        {
          doi: "10.1162/neco.1997.9.8.1735",
          title: "Long Short-Term Memory",
          authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"],
          year: 1997,
          abstract:
            "Introduces the LSTM cell, whose gated memory carries error signals across long time lags without vanishing. It made recurrent networks practical for long sequences.",
        },
        {
          doi: "10.1109/78.650093",
          title: "Bidirectional recurrent neural networks",
          authors: ["Mike Schuster", "Kuldip K. Paliwal"],
          year: 1997,
          abstract:
            "Runs one recurrent network forward and another backward in time so each output can use both past and future context. Bidirectional RNNs became standard for tagging, speech and later encoder models.",
        },
        {
          arxivId: "1406.1078",
          title: "Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation",
          authors: [
            "Kyunghyun Cho",
            "Bart van Merriënboer",
            "Caglar Gulcehre",
            "Dzmitry Bahdanau",
            "Fethi Bougares",
            "Holger Schwenk",
            "Yoshua Bengio",
          ],
          year: 2014,
          abstract:
            "Proposes an RNN encoder-decoder that maps one variable-length sequence to another, and introduces the gated recurrent unit (GRU). Used to score phrase pairs, it improved a statistical translation system.",
        },
        {
          arxivId: "1409.3215",
          title: "Sequence to Sequence Learning with Neural Networks",
          authors: ["Ilya Sutskever", "Oriol Vinyals", "Quoc V. Le"],
          year: 2014,
          abstract:
            "Shows that a deep LSTM encoder and a separate LSTM decoder can translate end to end, approaching phrase-based systems on English-French. Reversing the source sentence turned out to make optimization much easier.",
        },
      ],
      [
        {
          arxivId: "1301.3781",
          title: "Efficient Estimation of Word Representations in Vector Space",
          authors: ["Tomas Mikolov", "Kai Chen", "Greg Corrado", "Jeffrey Dean"],
          year: 2013,
          abstract:
            "Introduces the CBOW and skip-gram models (word2vec), which learn word vectors cheaply from huge corpora. The vectors capture semantic and syntactic regularities such as king - man + woman ≈ queen.",
        },
        {
          arxivId: "1802.05365",
          title: "Deep contextualized word representations",
          authors: ["Matthew E. Peters", "Mark Neumann", "Mohit Iyyer", "Matt Gardner", "Christopher Clark", "Kenton Lee", "Luke Zettlemoyer"],
          year: 2018,
          abstract:
            "Presents ELMo, word representations taken from the internal layers of a pretrained bidirectional language model, so a word's vector depends on its context. Adding them improved the state of the art across many NLP tasks.",
        },
        {
          arxivId: "1810.04805",
          title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
          authors: ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"],
          year: 2018,
          abstract:
            "Pretrains a Transformer encoder with masked language modeling and next-sentence prediction, then fine-tunes it for each downstream task. BERT set new records on GLUE and SQuAD and made pretrain-then-fine-tune the norm.",
        },
        {
          arxivId: "1910.10683",
          title: "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer",
          authors: ["Colin Raffel", "Noam Shazeer", "Adam Roberts", "Katherine Lee", "Sharan Narang", "Michael Matena", "et al."],
          year: 2019,
          abstract:
            "Casts every NLP task as text-to-text and systematically compares pretraining objectives, architectures and datasets. It released the T5 models and the C4 corpus.",
        },
      ],
    ],
  },

  // ── 3 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "generative-llms",
    name: "Generative LLMs",
    description:
      "From GPT-3's few-shot learning to the open Llama family and DeepSeek's reasoning models. This track follows how large decoder-only models became general-purpose assistants.",
    sessions: [
      [
        {
          arxivId: "2005.14165",
          title: "Language Models are Few-Shot Learners",
          authors: ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "Jared Kaplan", "Prafulla Dhariwal", "et al."],
          year: 2020,
          abstract:
            "Trains GPT-3, a 175B-parameter autoregressive language model, and shows it can perform many tasks from a few examples in the prompt without any gradient updates. In-context learning improves markedly with scale.",
        },
        {
          arxivId: "2302.13971",
          title: "LLaMA: Open and Efficient Foundation Language Models",
          authors: ["Hugo Touvron", "Thibaut Lavril", "Gautier Izacard", "Xavier Martinet", "Marie-Anne Lachaux", "Timothée Lacroix", "et al."],
          year: 2023,
          abstract:
            "Trains 7B–65B models on publicly available data only, for more tokens than compute-optimal budgets suggest. LLaMA-13B rivals GPT-3 on most benchmarks, and the release kicked off the open-weights ecosystem.",
        },
        {
          arxivId: "2307.09288",
          title: "Llama 2: Open Foundation and Fine-Tuned Chat Models",
          authors: ["Hugo Touvron", "Louis Martin", "Kevin Stone", "Peter Albert", "Amjad Almahairi", "Yasmine Babaei", "et al."],
          year: 2023,
          abstract:
            "Releases 7B–70B pretrained models and Llama 2-Chat variants aligned with supervised fine-tuning and RLHF. The paper documents the safety and helpfulness tuning pipeline in unusual detail.",
        },
        {
          arxivId: "2407.21783",
          title: "The Llama 3 Herd of Models",
          authors: ["Aaron Grattafiori", "Abhimanyu Dubey", "Abhinav Jauhri", "Abhinav Pandey", "Abhishek Kadian", "Ahmad Al-Dahle", "et al."],
          year: 2024,
          abstract:
            "Describes the Llama 3 family, up to a dense 405B-parameter Transformer trained on about 15T tokens with a 128K context. It covers data, scaling, infrastructure and post-training, and explores adding image, video and speech.",
        },
      ],
      [
        {
          arxivId: "2201.11903",
          title: "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
          authors: ["Jason Wei", "Xuezhi Wang", "Dale Schuurmans", "Maarten Bosma", "Brian Ichter", "Fei Xia", "et al."],
          year: 2022,
          abstract:
            "Shows that prompting large models with worked examples that spell out intermediate reasoning steps sharply improves arithmetic, commonsense and symbolic reasoning. The effect emerges only at sufficient scale.",
        },
        {
          arxivId: "2412.19437",
          title: "DeepSeek-V3 Technical Report",
          authors: ["DeepSeek-AI"],
          year: 2024,
          abstract:
            "Presents a 671B-parameter mixture-of-experts model with 37B active per token, using multi-head latent attention, auxiliary-loss-free load balancing and multi-token prediction. FP8 training kept the full run to roughly 2.8M H800 GPU hours.",
        },
        {
          arxivId: "2501.12948",
          title: "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
          authors: ["DeepSeek-AI"],
          year: 2025,
          abstract:
            "Shows that large-scale reinforcement learning with rule-based rewards, even without supervised warm-up (R1-Zero), produces long chain-of-thought reasoning. The resulting open model matches OpenAI o1 on math and code, and its reasoning distills into smaller models.",
        },
      ],
    ],
  },

  // ── 4 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "training-pipeline",
    name: "Pre-, Mid- and Post-Training",
    description:
      "How to spend a compute budget: scaling laws, compute-optimal and over-trained models, continued pretraining, and distilling big models into small ones. These papers explain the shape of today's training pipelines.",
    sessions: [
      [
        {
          arxivId: "2001.08361",
          title: "Scaling Laws for Neural Language Models",
          authors: ["Jared Kaplan", "Sam McCandlish", "Tom Henighan", "Tom B. Brown", "Benjamin Chess", "Rewon Child", "et al."],
          year: 2020,
          abstract:
            "Finds that language-model loss follows smooth power laws in parameters, data and compute across many orders of magnitude. From these fits it derives how to split a fixed compute budget between model size and training tokens.",
        },
        {
          arxivId: "2004.10964",
          title: "Don't Stop Pretraining: Adapt Language Models to Domains and Tasks",
          authors: ["Suchin Gururangan", "Ana Marasović", "Swabha Swayamdipta", "Kyle Lo", "Iz Beltagy", "Doug Downey", "Noah A. Smith"],
          year: 2020,
          abstract:
            "Shows that a second phase of pretraining on in-domain text (domain-adaptive) and on unlabeled task text (task-adaptive) consistently improves a pretrained model downstream. It is an early, clear case for what is now called mid-training.",
        },
        {
          arxivId: "2203.15556",
          title: "Training Compute-Optimal Large Language Models",
          authors: ["Jordan Hoffmann", "Sebastian Borgeaud", "Arthur Mensch", "Elena Buchatskaya", "Trevor Cai", "Eliza Rutherford", "et al."],
          year: 2022,
          abstract:
            "Revisits scaling laws and finds that parameters and training tokens should grow in equal proportion, so most large models were undertrained. Chinchilla (70B parameters, 1.4T tokens) beats the far larger Gopher on the same compute.",
        },
        {
          arxivId: "2403.08540",
          title: "Language models scale reliably with over-training and on downstream tasks",
          authors: ["Samir Yitzhak Gadre", "Georgios Smyrnis", "Vaishaal Shankar", "Suchin Gururangan", "Mitchell Wortsman", "Rulin Shao", "et al."],
          year: 2024,
          abstract:
            "Fits scaling laws for models trained far past the compute-optimal token count, as production models are, and links validation loss to downstream task error. Small runs predict the loss of much larger over-trained runs accurately.",
        },
      ],
      [
        {
          arxivId: "1503.02531",
          title: "Distilling the Knowledge in a Neural Network",
          authors: ["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"],
          year: 2015,
          abstract:
            "Trains a small student model to match the temperature-softened output distribution of a large teacher or ensemble. The soft targets carry information about how classes relate, which lets the student recover much of the teacher's accuracy.",
        },
        {
          arxivId: "1910.01108",
          title: "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
          authors: ["Victor Sanh", "Lysandre Debut", "Julien Chaumond", "Thomas Wolf"],
          year: 2019,
          abstract:
            "Applies knowledge distillation during pretraining to get a BERT that is 40% smaller and 60% faster while keeping about 97% of its language-understanding performance.",
        },
        {
          arxivId: "2306.11644",
          title: "Textbooks Are All You Need",
          authors: ["Suriya Gunasekar", "Yi Zhang", "Jyoti Aneja", "Caio César Teodoro Mendes", "Allie Del Giorno", "Sivakanth Gopi", "et al."],
          year: 2023,
          abstract:
            "Trains phi-1, a 1.3B-parameter code model, on a small corpus of filtered textbook-quality web data plus synthetic textbooks and exercises. It beats much larger models on HumanEval, showing that data quality can substitute for scale.",
        },
        {
          arxivId: "2404.14219",
          title: "Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone",
          authors: ["Marah Abdin", "Jyoti Aneja", "Hany Awadalla", "Ahmed Awadallah", "Ammar Ahmad Awan", "Nguyen Bach", "et al."],
          year: 2024,
          abstract:
            "Introduces phi-3-mini, a 3.8B model trained on heavily filtered web and synthetic data that rivals Mixtral 8x7B and GPT-3.5 on benchmarks. It is small enough to run on a phone.",
        },
      ],
    ],
  },

  // ── 5 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "generative-models",
    name: "Generative Models",
    description:
      "The path from VAEs and GANs to CLIP, Segment Anything and diffusion. These ideas power today's image and video generators and most multimodal systems.",
    sessions: [
      [
        {
          arxivId: "1312.6114",
          title: "Auto-Encoding Variational Bayes",
          authors: ["Diederik P. Kingma", "Max Welling"],
          year: 2013,
          abstract:
            "Introduces the reparameterization trick and the variational autoencoder, which trains an encoder and decoder together by maximizing a variational lower bound with ordinary gradient descent.",
        },
        {
          arxivId: "1406.2661",
          title: "Generative Adversarial Networks",
          authors: [
            "Ian J. Goodfellow",
            "Jean Pouget-Abadie",
            "Mehdi Mirza",
            "Bing Xu",
            "David Warde-Farley",
            "Sherjil Ozair",
            "Aaron Courville",
            "Yoshua Bengio",
          ],
          year: 2014,
          abstract:
            "Trains a generator to fool a discriminator that is learning to tell real samples from generated ones, framing generative modeling as a two-player minimax game. GANs dominated image synthesis for years.",
        },
        {
          arxivId: "2103.00020",
          title: "Learning Transferable Visual Models From Natural Language Supervision",
          authors: ["Alec Radford", "Jong Wook Kim", "Chris Hallacy", "Aditya Ramesh", "Gabriel Goh", "Sandhini Agarwal", "et al."],
          year: 2021,
          abstract:
            "Trains CLIP, an image encoder and a text encoder, contrastively on 400M image-caption pairs. The shared embedding space allows zero-shot image classification and became a building block for text-to-image models.",
        },
        {
          arxivId: "2304.02643",
          title: "Segment Anything",
          authors: ["Alexander Kirillov", "Eric Mintun", "Nikhila Ravi", "Hanzi Mao", "Chloe Rolland", "Laura Gustafson", "et al."],
          year: 2023,
          abstract:
            "Defines promptable segmentation and builds SAM together with SA-1B, a dataset of over a billion masks collected with a model-in-the-loop data engine. SAM segments objects zero-shot from points, boxes or masks.",
        },
      ],
      [
        {
          arxivId: "2006.11239",
          title: "Denoising Diffusion Probabilistic Models",
          authors: ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"],
          year: 2020,
          abstract:
            "Generates images by learning to reverse a gradual noising process, trained with a simple noise-prediction objective tied to denoising score matching. DDPM reached GAN-level sample quality and started the diffusion era.",
        },
        {
          arxivId: "2112.10752",
          title: "High-Resolution Image Synthesis with Latent Diffusion Models",
          authors: ["Robin Rombach", "Andreas Blattmann", "Dominik Lorenz", "Patrick Esser", "Björn Ommer"],
          year: 2021,
          abstract:
            "Runs diffusion in the compressed latent space of a pretrained autoencoder and adds cross-attention conditioning on text. This cuts compute dramatically and is the basis of Stable Diffusion.",
        },
        {
          arxivId: "2212.09748",
          title: "Scalable Diffusion Models with Transformers",
          authors: ["William Peebles", "Saining Xie"],
          year: 2022,
          abstract:
            "Replaces the U-Net backbone of latent diffusion with a Transformer over image patches (DiT). Sample quality improves steadily with model compute, and the design carried over to later image and video generators.",
        },
        {
          arxivId: "2204.03458",
          title: "Video Diffusion Models",
          authors: ["Jonathan Ho", "Tim Salimans", "Alexey Gritsenko", "William Chan", "Mohammad Norouzi", "David J. Fleet"],
          year: 2022,
          abstract:
            "Extends diffusion to video with a space-time factorized U-Net trained jointly on images and videos, plus a reconstruction-guided sampler for longer and higher-resolution clips.",
        },
      ],
    ],
  },

  // ── 6 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "agents",
    name: "Agents",
    description:
      "Language models that reason, call tools, reflect on failures and act in environments from Minecraft to real code repositories. This track covers the core patterns behind today's agent frameworks.",
    sessions: [
      [
        {
          arxivId: "2210.03629",
          title: "ReAct: Synergizing Reasoning and Acting in Language Models",
          authors: ["Shunyu Yao", "Jeffrey Zhao", "Dian Yu", "Nan Du", "Izhak Shafran", "Karthik Narasimhan", "Yuan Cao"],
          year: 2022,
          abstract:
            "Prompts a model to interleave reasoning traces with actions such as search queries, so the reasoning guides the actions and the observations ground the reasoning. It beats reasoning-only and acting-only baselines on QA and interactive tasks.",
        },
        {
          arxivId: "2302.04761",
          title: "Toolformer: Language Models Can Teach Themselves to Use Tools",
          authors: [
            "Timo Schick",
            "Jane Dwivedi-Yu",
            "Roberto Dessì",
            "Roberta Raileanu",
            "Maria Lomeli",
            "Luke Zettlemoyer",
            "Nicola Cancedda",
            "Thomas Scialom",
          ],
          year: 2023,
          abstract:
            "Lets a model annotate its own training data with candidate API calls and keeps only those that lower its loss on the following text. After fine-tuning, it decides on its own when to call a calculator, search engine or calendar.",
        },
        {
          arxivId: "2303.11366",
          title: "Reflexion: Language Agents with Verbal Reinforcement Learning",
          authors: ["Noah Shinn", "Federico Cassano", "Edward Berman", "Ashwin Gopinath", "Karthik Narasimhan", "Shunyu Yao"],
          year: 2023,
          abstract:
            "Has an agent write natural-language reflections on failed attempts and keep them in memory for later trials, instead of updating weights. This verbal feedback loop markedly improves coding, decision-making and reasoning success rates.",
        },
        {
          arxivId: "2305.10601",
          title: "Tree of Thoughts: Deliberate Problem Solving with Large Language Models",
          authors: ["Shunyu Yao", "Dian Yu", "Jeffrey Zhao", "Izhak Shafran", "Thomas L. Griffiths", "Yuan Cao", "Karthik Narasimhan"],
          year: 2023,
          abstract:
            "Generalizes chain of thought into a search over a tree of intermediate thoughts, which the model proposes and evaluates itself with lookahead and backtracking. It solves planning puzzles such as Game of 24 far more often.",
        },
      ],
      [
        {
          arxivId: "2304.03442",
          title: "Generative Agents: Interactive Simulacra of Human Behavior",
          authors: ["Joon Sung Park", "Joseph C. O'Brien", "Carrie J. Cai", "Meredith Ringel Morris", "Percy Liang", "Michael S. Bernstein"],
          year: 2023,
          abstract:
            "Builds agents with a memory stream, periodic reflection and planning, and lets 25 of them live in a sandbox town. Believable individual and social behavior emerges, such as spreading invitations to a party.",
        },
        {
          arxivId: "2305.16291",
          title: "Voyager: An Open-Ended Embodied Agent with Large Language Models",
          authors: ["Guanzhi Wang", "Yuqi Xie", "Yunfan Jiang", "Ajay Mandlekar", "Chaowei Xiao", "Yuke Zhu", "Linxi Fan", "Anima Anandkumar"],
          year: 2023,
          abstract:
            "A GPT-4-driven Minecraft agent that proposes its own curriculum, writes code as reusable skills and stores them in a growing skill library. It explores further and unlocks tech-tree milestones much faster than prior agents.",
        },
        {
          arxivId: "2405.15793",
          title: "SWE-agent: Agent-Computer Interfaces Enable Automated Software Engineering",
          authors: ["John Yang", "Carlos E. Jimenez", "Alexander Wettig", "Kilian Lieret", "Shunyu Yao", "Karthik Narasimhan", "Ofir Press"],
          year: 2024,
          abstract:
            "Argues that agents need interfaces designed for them, and builds an agent-computer interface for browsing, editing and testing repositories. With it, LMs resolve substantially more real GitHub issues on SWE-bench.",
        },
      ],
    ],
  },

  // ── 7 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "fine-tuning",
    name: "Fine-Tuning",
    description:
      "Adapting pretrained models cheaply and aligning them with human preferences: adapters and LoRA, instruction tuning, RLHF, DPO and GRPO. This is how a base model becomes a useful assistant.",
    sessions: [
      [
        {
          arxivId: "1902.00751",
          title: "Parameter-Efficient Transfer Learning for NLP",
          authors: [
            "Neil Houlsby",
            "Andrei Giurgiu",
            "Stanislaw Jastrzebski",
            "Bruna Morrone",
            "Quentin de Laroussilhe",
            "Andrea Gesmundo",
            "Mona Attariyan",
            "Sylvain Gelly",
          ],
          year: 2019,
          abstract:
            "Inserts small bottleneck adapter layers into a frozen BERT and trains only those, adding a few percent of parameters per task. Adapters come within a fraction of a point of full fine-tuning on GLUE.",
        },
        {
          arxivId: "2106.09685",
          title: "LoRA: Low-Rank Adaptation of Large Language Models",
          authors: ["Edward J. Hu", "Yelong Shen", "Phillip Wallis", "Zeyuan Allen-Zhu", "Yuanzhi Li", "Shean Wang", "Lu Wang", "Weizhu Chen"],
          year: 2021,
          abstract:
            "Freezes the pretrained weights and learns a low-rank update for each weight matrix, cutting trainable parameters by orders of magnitude with no added inference latency. LoRA matches full fine-tuning on many tasks.",
        },
        {
          arxivId: "2109.01652",
          title: "Finetuned Language Models Are Zero-Shot Learners",
          authors: ["Jason Wei", "Maarten Bosma", "Vincent Y. Zhao", "Kelvin Guu", "Adams Wei Yu", "Brian Lester", "et al."],
          year: 2021,
          abstract:
            "Fine-tunes a 137B model on more than 60 NLP tasks phrased as natural-language instructions (FLAN). Instruction tuning substantially improves zero-shot performance on unseen task types.",
        },
        {
          arxivId: "2305.14314",
          title: "QLoRA: Efficient Finetuning of Quantized LLMs",
          authors: ["Tim Dettmers", "Artidoro Pagnoni", "Ari Holtzman", "Luke Zettlemoyer"],
          year: 2023,
          abstract:
            "Backpropagates through a frozen 4-bit quantized model into LoRA adapters, using the NF4 data type, double quantization and paged optimizers. This makes fine-tuning a 65B model possible on a single 48GB GPU.",
        },
      ],
      [
        {
          arxivId: "1706.03741",
          title: "Deep Reinforcement Learning from Human Preferences",
          authors: ["Paul Christiano", "Jan Leike", "Tom B. Brown", "Miljan Martic", "Shane Legg", "Dario Amodei"],
          year: 2017,
          abstract:
            "Learns a reward model from human comparisons of pairs of trajectory clips and optimizes a policy against it. A small amount of human feedback suffices for Atari and simulated robotics tasks, laying the groundwork for RLHF.",
        },
        {
          arxivId: "2203.02155",
          title: "Training language models to follow instructions with human feedback",
          authors: ["Long Ouyang", "Jeff Wu", "Xu Jiang", "Diogo Almeida", "Carroll L. Wainwright", "Pamela Mishkin", "et al."],
          year: 2022,
          abstract:
            "InstructGPT: fine-tunes GPT-3 on demonstrations, trains a reward model on human rankings, then optimizes against it with PPO. Labelers prefer the 1.3B InstructGPT to the 175B GPT-3.",
        },
        {
          arxivId: "2305.18290",
          title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
          authors: ["Rafael Rafailov", "Archit Sharma", "Eric Mitchell", "Stefano Ermon", "Christopher D. Manning", "Chelsea Finn"],
          year: 2023,
          abstract:
            "Shows that the RLHF objective can be optimized directly from preference pairs with a simple classification-style loss, with no separate reward model and no RL loop. DPO matches or beats PPO-based RLHF and is much easier to run.",
        },
        {
          arxivId: "2402.03300",
          title: "DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models",
          authors: ["Zhihong Shao", "Peiyi Wang", "Qihao Zhu", "Runxin Xu", "Junxiao Song", "Xiao Bi", "et al."],
          year: 2024,
          abstract:
            "Continues pretraining a 7B model on 120B math tokens mined from Common Crawl and introduces Group Relative Policy Optimization (GRPO), a PPO variant that replaces the critic with group-normalized rewards. GRPO later became central to reasoning-model training.",
        },
      ],
    ],
  },

  // ── 8 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "voice",
    name: "Voice",
    description:
      "Speech recognition and speech synthesis, from CTC and self-supervised audio encoders to Whisper and codec language models that clone a voice from seconds of audio.",
    sessions: [
      [
        {
          doi: "10.1145/1143844.1143891",
          title: "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks",
          authors: ["Alex Graves", "Santiago Fernández", "Faustino Gomez", "Jürgen Schmidhuber"],
          year: 2006,
          abstract:
            "Introduces the CTC loss, which sums over all alignments between an input sequence and a shorter label sequence so an RNN can be trained without pre-segmented data. CTC became a workhorse of end-to-end speech recognition.",
        },
        {
          arxivId: "2005.08100",
          title: "Conformer: Convolution-augmented Transformer for Speech Recognition",
          authors: ["Anmol Gulati", "James Qin", "Chung-Cheng Chiu", "Niki Parmar", "Yu Zhang", "Jiahui Yu", "et al."],
          year: 2020,
          abstract:
            "Combines self-attention for global context with convolutions for local patterns in each encoder block. The Conformer set a new state of the art on LibriSpeech and became a standard ASR encoder.",
        },
        {
          arxivId: "2006.11477",
          title: "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
          authors: ["Alexei Baevski", "Henry Zhou", "Abdelrahman Mohamed", "Michael Auli"],
          year: 2020,
          abstract:
            "Masks latent speech representations and trains a Transformer contrastively to identify the correct quantized target. Fine-tuned on only minutes of labeled audio, it still achieves strong recognition accuracy.",
        },
        {
          arxivId: "2212.04356",
          title: "Robust Speech Recognition via Large-Scale Weak Supervision",
          authors: ["Alec Radford", "Jong Wook Kim", "Tao Xu", "Greg Brockman", "Christine McLeavey", "Ilya Sutskever"],
          year: 2022,
          abstract:
            "Trains Whisper, an encoder-decoder Transformer, on 680,000 hours of multilingual, multitask web audio. It transcribes and translates robustly zero-shot, approaching human accuracy without dataset-specific fine-tuning.",
        },
      ],
      [
        {
          arxivId: "1609.03499",
          title: "WaveNet: A Generative Model for Raw Audio",
          authors: ["Aaron van den Oord", "Sander Dieleman", "Heiga Zen", "Karen Simonyan", "Oriol Vinyals", "Alex Graves", "et al."],
          year: 2016,
          abstract:
            "Models raw audio one sample at a time with stacks of dilated causal convolutions. WaveNet produced far more natural text-to-speech than earlier systems and also generates music.",
        },
        {
          arxivId: "1712.05884",
          title: "Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions",
          authors: ["Jonathan Shen", "Ruoming Pang", "Ron J. Weiss", "Mike Schuster", "Navdeep Jaitly", "Zongheng Yang", "et al."],
          year: 2017,
          abstract:
            "Tacotron 2 predicts mel spectrograms from text with an attention-based seq2seq network, then renders them to audio with a WaveNet vocoder. Listeners rated it close to professionally recorded speech.",
        },
        {
          arxivId: "2010.05646",
          title: "HiFi-GAN: Generative Adversarial Networks for Efficient and High Fidelity Speech Synthesis",
          authors: ["Jungil Kong", "Jaehyeon Kim", "Jaekyoung Bae"],
          year: 2020,
          abstract:
            "A GAN vocoder with multi-period and multi-scale discriminators that captures the periodic structure of speech. It matches autoregressive vocoder quality while running far faster than real time.",
        },
        {
          arxivId: "2301.02111",
          title: "Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers",
          authors: ["Chengyi Wang", "Sanyuan Chen", "Yu Wu", "Ziqiang Zhang", "Long Zhou", "Shujie Liu", "et al."],
          year: 2023,
          abstract:
            "VALL-E treats TTS as language modeling over discrete neural-codec tokens, trained on 60K hours of speech. From a 3-second prompt it synthesizes speech in an unseen speaker's voice, emotion and acoustic setting.",
        },
      ],
    ],
  },

  // ── 9 ──────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "inference-optimization",
    name: "Inference Optimization",
    description:
      "Making LLMs fast and cheap to serve: speculative decoding, IO-aware attention kernels, paged KV caches and low-bit quantization. These techniques ship in every modern inference stack.",
    sessions: [
      [
        {
          arxivId: "2211.17192",
          title: "Fast Inference from Transformers via Speculative Decoding",
          authors: ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"],
          year: 2022,
          abstract:
            "Has a small draft model propose several tokens that the large model verifies in one parallel pass, with a rejection-sampling rule that leaves the output distribution unchanged. This gives 2–3x speedups without retraining.",
        },
        {
          arxivId: "2302.01318",
          title: "Accelerating Large Language Model Decoding with Speculative Sampling",
          authors: ["Charlie Chen", "Sebastian Borgeaud", "Geoffrey Irving", "Jean-Baptiste Lespiau", "Laurent Sifre", "John Jumper"],
          year: 2023,
          abstract:
            "Independently develops draft-then-verify speculative sampling with a modified rejection scheme that preserves the target distribution. It speeds up sampling from the 70B Chinchilla model by 2–2.5x in a distributed setup.",
        },
        {
          arxivId: "2205.14135",
          title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
          authors: ["Tri Dao", "Daniel Y. Fu", "Stefano Ermon", "Atri Rudra", "Christopher Ré"],
          year: 2022,
          abstract:
            "Computes exact attention in tiles that stay in fast on-chip SRAM and never materializes the full attention matrix in GPU memory. Memory becomes linear in sequence length and wall-clock speed improves substantially.",
        },
        {
          arxivId: "2309.06180",
          title: "Efficient Memory Management for Large Language Model Serving with PagedAttention",
          authors: ["Woosuk Kwon", "Zhuohan Li", "Siyuan Zhuang", "Ying Sheng", "Lianmin Zheng", "Cody Hao Yu", "et al."],
          year: 2023,
          abstract:
            "Stores the KV cache in fixed-size blocks managed like virtual-memory pages, nearly eliminating fragmentation and enabling sharing across requests. The vLLM system built on it serves 2–4x more throughput.",
        },
      ],
      [
        {
          arxivId: "2208.07339",
          title: "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale",
          authors: ["Tim Dettmers", "Mike Lewis", "Younes Belkada", "Luke Zettlemoyer"],
          year: 2022,
          abstract:
            "Finds that a few outlier feature dimensions break naive 8-bit inference in large models, and handles them in 16-bit while the rest runs in int8. This halves memory with no loss up to 175B parameters.",
        },
        {
          arxivId: "2210.17323",
          title: "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers",
          authors: ["Elias Frantar", "Saleh Ashkboos", "Torsten Hoefler", "Dan Alistarh"],
          year: 2022,
          abstract:
            "Quantizes weights layer by layer to 3–4 bits with approximate second-order error correction. It compresses a 175B model in a few GPU hours with little loss in accuracy.",
        },
        {
          arxivId: "2211.10438",
          title: "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models",
          authors: ["Guangxuan Xiao", "Ji Lin", "Mickael Seznec", "Hao Wu", "Julien Demouth", "Song Han"],
          year: 2022,
          abstract:
            "Moves quantization difficulty from activations to weights with a mathematically equivalent per-channel scaling. This makes 8-bit weight-and-activation (W8A8) inference accurate for large LLMs.",
        },
        {
          arxivId: "2306.00978",
          title: "AWQ: Activation-aware Weight Quantization for On-Device LLM Compression and Acceleration",
          authors: ["Ji Lin", "Jiaming Tang", "Haotian Tang", "Shang Yang", "Wei-Ming Chen", "Wei-Chen Wang", "et al."],
          year: 2023,
          abstract:
            "Observes that a small fraction of weight channels, identified by activation magnitude, matter most, and protects them with per-channel scaling before 4-bit quantization. It needs no backpropagation and generalizes across domains.",
        },
      ],
    ],
  },

  // ── 10 ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "evals",
    name: "Evals",
    description:
      "How we measure language models: multitask knowledge benchmarks, holistic evaluation, code and software-engineering tasks, and human-preference arenas. Knowing these benchmarks well is essential for reading any model paper critically.",
    sessions: [
      [
        {
          arxivId: "1804.07461",
          title: "GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding",
          authors: ["Alex Wang", "Amanpreet Singh", "Julian Michael", "Felix Hill", "Omer Levy", "Samuel R. Bowman"],
          year: 2018,
          abstract:
            "Collects nine sentence- and sentence-pair understanding tasks into one benchmark with a public leaderboard and a diagnostic set. GLUE drove and tracked the pretraining revolution of 2018–2019.",
        },
        {
          arxivId: "2009.03300",
          title: "Measuring Massive Multitask Language Understanding",
          authors: ["Dan Hendrycks", "Collin Burns", "Steven Basart", "Andy Zou", "Mantas Mazeika", "Dawn Song", "Jacob Steinhardt"],
          year: 2020,
          abstract:
            "Introduces MMLU, multiple-choice questions across 57 subjects from elementary math to law and medicine. It became the standard yardstick for the breadth of a model's world knowledge.",
        },
        {
          arxivId: "2110.14168",
          title: "Training Verifiers to Solve Math Word Problems",
          authors: ["Karl Cobbe", "Vineet Kosaraju", "Mohammad Bavarian", "Mark Chen", "Heewoo Jun", "Lukasz Kaiser", "et al."],
          year: 2021,
          abstract:
            "Releases GSM8K, 8.5K grade-school math word problems, and shows that training a verifier to rank sampled solutions beats fine-tuning alone. GSM8K became a staple reasoning benchmark.",
        },
        {
          arxivId: "2211.09110",
          title: "Holistic Evaluation of Language Models",
          authors: ["Percy Liang", "Rishi Bommasani", "Tony Lee", "Dimitris Tsipras", "Dilara Soylu", "Michihiro Yasunaga", "et al."],
          year: 2022,
          abstract:
            "HELM evaluates many models across a taxonomy of scenarios and several metrics beyond accuracy, including calibration, robustness, fairness, bias, toxicity and efficiency, all under standardized conditions.",
        },
      ],
      [
        {
          arxivId: "2107.03374",
          title: "Evaluating Large Language Models Trained on Code",
          authors: ["Mark Chen", "Jerry Tworek", "Heewoo Jun", "Qiming Yuan", "Henrique Ponde de Oliveira Pinto", "Jared Kaplan", "et al."],
          year: 2021,
          abstract:
            "Introduces Codex and the HumanEval benchmark of hand-written programming problems checked by unit tests, along with the unbiased pass@k metric. Repeated sampling solves far more problems than a single attempt.",
        },
        {
          arxivId: "2310.06770",
          title: "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?",
          authors: ["Carlos E. Jimenez", "John Yang", "Alexander Wettig", "Shunyu Yao", "Kexin Pei", "Ofir Press", "Karthik Narasimhan"],
          year: 2023,
          abstract:
            "Builds 2,294 tasks from real GitHub issues and their pull requests in popular Python repositories, each checked by the repository's own tests. At release even the best models resolved only a few percent.",
        },
        {
          arxivId: "2306.05685",
          title: "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena",
          authors: ["Lianmin Zheng", "Wei-Lin Chiang", "Ying Sheng", "Siyuan Zhuang", "Zhanghao Wu", "Yonghao Zhuang", "et al."],
          year: 2023,
          abstract:
            "Studies using strong LLMs such as GPT-4 to grade open-ended answers, characterizing position, verbosity and self-enhancement biases. It introduces the MT-Bench multi-turn benchmark and finds over 80% agreement with human preferences.",
        },
        {
          arxivId: "2403.04132",
          title: "Chatbot Arena: An Open Platform for Evaluating LLMs by Human Preference",
          authors: ["Wei-Lin Chiang", "Lianmin Zheng", "Ying Sheng", "Anastasios Nikolas Angelopoulos", "Tianle Li", "Dacheng Li", "et al."],
          year: 2024,
          abstract:
            "Describes the crowdsourced arena where users vote between two anonymous models, and the statistical machinery (Bradley-Terry ratings, confidence intervals, sampling) behind its leaderboard. The prompts and votes prove diverse and agree well with experts.",
        },
      ],
    ],
  },

  // ── 11 ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "recommender-systems",
    name: "Recommender Systems",
    description:
      "The models behind feeds, stores and streaming: collaborative filtering and matrix factorization, then deep and sequential recommenders. Still one of the largest production uses of machine learning.",
    sessions: [
      [
        {
          doi: "10.1145/371920.372071",
          title: "Item-based collaborative filtering recommendation algorithms",
          authors: ["Badrul Sarwar", "George Karypis", "Joseph Konstan", "John Riedl"],
          year: 2001,
          abstract:
            "Recommends items based on precomputed item-item similarities instead of user-user neighborhoods. This scales better and gives better quality, an approach later popularized by Amazon.",
        },
        {
          doi: "10.1109/icdm.2008.22",
          title: "Collaborative Filtering for Implicit Feedback Datasets",
          authors: ["Yifan Hu", "Yehuda Koren", "Chris Volinsky"],
          year: 2008,
          abstract:
            "Treats implicit signals such as views and purchases as binary preferences weighted by confidence, and fits the factor model efficiently with alternating least squares. This became the standard recipe for implicit feedback.",
        },
        {
          doi: "10.1109/mc.2009.263",
          title: "Matrix Factorization Techniques for Recommender Systems",
          authors: ["Yehuda Koren", "Robert Bell", "Chris Volinsky"],
          year: 2009,
          abstract:
            "An accessible overview of the latent-factor models that won the Netflix Prize, with user and item biases, implicit feedback and temporal dynamics. It is the standard reference for matrix factorization in recommendation.",
        },
        {
          arxivId: "1205.2618",
          title: "BPR: Bayesian Personalized Ranking from Implicit Feedback",
          authors: ["Steffen Rendle", "Christoph Freudenthaler", "Zeno Gantner", "Lars Schmidt-Thieme"],
          year: 2009,
          abstract:
            "Optimizes a pairwise ranking objective, that an observed item should rank above an unobserved one, with stochastic gradient descent over sampled triples. BPR fits matrix factorization and kNN models directly for top-N ranking.",
        },
      ],
      [
        {
          arxivId: "1606.07792",
          title: "Wide & Deep Learning for Recommender Systems",
          authors: ["Heng-Tze Cheng", "Levent Koc", "Jeremiah Harmsen", "Tal Shaked", "Tushar Chandra", "Hrishi Aradhye", "et al."],
          year: 2016,
          abstract:
            "Jointly trains a wide linear model over cross-product features, which memorizes, and a deep network over embeddings, which generalizes. Deployed for Google Play app recommendations, it lifted app acquisitions.",
        },
        {
          doi: "10.1145/2959100.2959190",
          title: "Deep Neural Networks for YouTube Recommendations",
          authors: ["Paul Covington", "Jay Adams", "Emre Sargin"],
          year: 2016,
          abstract:
            "Describes YouTube's two-stage system: a deep candidate-generation network framed as extreme multiclass classification, followed by a deep ranking network. It is full of practical lessons on features, freshness and training objectives.",
        },
        {
          arxivId: "1808.09781",
          title: "Self-Attentive Sequential Recommendation",
          authors: ["Wang-Cheng Kang", "Julian McAuley"],
          year: 2018,
          abstract:
            "SASRec applies causal self-attention to a user's action history to predict the next item, adaptively weighting recent versus long-range behavior. It outperforms RNN and Markov-chain baselines while training faster.",
        },
        {
          arxivId: "1904.06690",
          title: "BERT4Rec: Sequential Recommendation with Bidirectional Encoder Representations from Transformer",
          authors: ["Fei Sun", "Jun Liu", "Jian Wu", "Changhua Pei", "Xiao Lin", "Wenwu Ou", "Peng Jiang"],
          year: 2019,
          abstract:
            "Trains a bidirectional Transformer on interaction sequences with a Cloze-style masked-item objective rather than left-to-right prediction. It improves over unidirectional sequential recommenders on several datasets.",
        },
      ],
    ],
  },

  // ── 12 ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "music-generation",
    name: "Music Generation",
    description:
      "Generating symbolic and raw-audio music, from long-range Transformers over MIDI to text-conditioned models over neural-codec tokens.",
    sessions: [
      [
        {
          arxivId: "1809.04281",
          title: "Music Transformer",
          authors: ["Cheng-Zhi Anna Huang", "Ashish Vaswani", "Jakob Uszkoreit", "Noam Shazeer", "Ian Simon", "Curtis Hawthorne", "et al."],
          year: 2018,
          abstract:
            "Adds relative positional self-attention with a memory-efficient implementation so Transformers can model minute-long symbolic piano performances. The music keeps coherent long-term structure such as repeated motifs.",
        },
        {
          arxivId: "2005.00341",
          title: "Jukebox: A Generative Model for Music",
          authors: ["Prafulla Dhariwal", "Heewoo Jun", "Christine Payne", "Jong Wook Kim", "Alec Radford", "Ilya Sutskever"],
          year: 2020,
          abstract:
            "Compresses raw audio with a multi-scale VQ-VAE and models the codes with autoregressive Transformers conditioned on artist, genre and lyrics. It generates minutes-long songs with singing directly as audio.",
        },
        {
          arxivId: "2301.11325",
          title: "MusicLM: Generating Music From Text",
          authors: ["Andrea Agostinelli", "Timo I. Denk", "Zalán Borsos", "Jesse Engel", "Mauro Verzetti", "Antoine Caillon", "et al."],
          year: 2023,
          abstract:
            "Generates 24 kHz music from text descriptions with a hierarchical sequence-to-sequence model over semantic and acoustic tokens. It can also follow a hummed or whistled melody, and it released the MusicCaps evaluation set.",
        },
        {
          arxivId: "2306.05284",
          title: "Simple and Controllable Music Generation",
          authors: ["Jade Copet", "Felix Kreuk", "Itai Gat", "Tal Remez", "David Kant", "Gabriel Synnaeve", "Yossi Adi", "Alexandre Défossez"],
          year: 2023,
          abstract:
            "MusicGen is a single-stage Transformer over interleaved EnCodec token streams, conditioned on text or a melody. It matches or beats cascaded baselines while being much simpler.",
        },
      ],
    ],
  },

  // ── 13 ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "state-space-models",
    name: "State-Space Models",
    description:
      "Structured state-space models as a linear-time alternative to attention, from HiPPO and S4 to the selective Mamba architecture and its duality with attention.",
    sessions: [
      [
        {
          arxivId: "2008.07669",
          title: "HiPPO: Recurrent Memory with Optimal Polynomial Projections",
          authors: ["Albert Gu", "Tri Dao", "Stefano Ermon", "Atri Rudra", "Christopher Ré"],
          year: 2020,
          abstract:
            "Frames memory as compressing a continuous input history by online projection onto orthogonal polynomials, which yields principled linear recurrences. These operators became the initialization behind S4.",
        },
        {
          arxivId: "2111.00396",
          title: "Efficiently Modeling Long Sequences with Structured State Spaces",
          authors: ["Albert Gu", "Karan Goel", "Christopher Ré"],
          year: 2021,
          abstract:
            "S4 parameterizes linear state-space layers so their long convolution kernels can be computed efficiently. It handles very long-range dependencies and was the first model to solve the Path-X task in Long Range Arena.",
        },
        {
          arxivId: "2312.00752",
          title: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
          authors: ["Albert Gu", "Tri Dao"],
          year: 2023,
          abstract:
            "Makes the SSM parameters depend on the input so the model can selectively remember or forget, and computes the recurrence with a hardware-aware parallel scan. Mamba matches Transformers on language at linear cost in sequence length.",
        },
        {
          arxivId: "2405.21060",
          title: "Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality",
          authors: ["Tri Dao", "Albert Gu"],
          year: 2024,
          abstract:
            "Shows that structured SSMs and a form of linear attention are two views of semiseparable matrices (state space duality). This yields Mamba-2, whose core layer runs 2–8x faster using matrix multiplications.",
        },
      ],
    ],
  },

  // ── 14 ─────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "mixture-of-experts",
    name: "Mixture of Experts and More",
    description:
      "Conditional computation: route each token to a few experts, or through fewer layers, so total parameters grow without growing per-token compute. This is how most frontier models scale today.",
    sessions: [
      [
        {
          doi: "10.1162/neco.1991.3.1.79",
          title: "Adaptive Mixtures of Local Experts",
          authors: ["Robert A. Jacobs", "Michael I. Jordan", "Steven J. Nowlan", "Geoffrey E. Hinton"],
          year: 1991,
          abstract:
            "Trains several expert networks together with a gating network that learns which expert should handle each input, so the experts specialize on subsets of the data. This is the origin of the mixture-of-experts idea.",
        },
        {
          arxivId: "1701.06538",
          title: "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer",
          authors: ["Noam Shazeer", "Azalia Mirhoseini", "Krzysztof Maziarz", "Andy Davis", "Quoc Le", "Geoffrey Hinton", "Jeff Dean"],
          year: 2017,
          abstract:
            "Inserts a layer of thousands of experts with noisy top-k gating between LSTM layers, reaching over 100B parameters at modest compute. It improved language modeling and translation and revived MoE for deep learning.",
        },
        {
          arxivId: "2006.16668",
          title: "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding",
          authors: ["Dmitry Lepikhin", "HyoukJoong Lee", "Yuanzhong Xu", "Dehao Chen", "Orhan Firat", "Yanping Huang", "et al."],
          year: 2020,
          abstract:
            "Provides annotation-based automatic sharding and uses it to train a 600B-parameter MoE Transformer for multilingual translation on 2048 TPUs. It introduces practical top-2 routing with expert capacity limits.",
        },
        {
          arxivId: "2101.03961",
          title: "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
          authors: ["William Fedus", "Barret Zoph", "Noam Shazeer"],
          year: 2021,
          abstract:
            "Simplifies MoE routing to a single expert per token and adds training stabilizers such as selective precision. This enables trillion-parameter sparse models with large pretraining speedups over dense T5.",
        },
      ],
      [
        {
          arxivId: "2202.08906",
          title: "ST-MoE: Designing Stable and Transferable Sparse Expert Models",
          authors: ["Barret Zoph", "Irwan Bello", "Sameer Kumar", "Nan Du", "Yanping Huang", "Jeff Dean", "Noam Shazeer", "William Fedus"],
          year: 2022,
          abstract:
            "Studies the training instabilities and fine-tuning problems of sparse models and introduces the router z-loss, among other fixes. The resulting 269B-parameter ST-MoE transfers well to downstream tasks.",
        },
        {
          arxivId: "2401.04088",
          title: "Mixtral of Experts",
          authors: ["Albert Q. Jiang", "Alexandre Sablayrolles", "Antoine Roux", "Arthur Mensch", "Blanche Savary", "Chris Bamford", "et al."],
          year: 2024,
          abstract:
            "An open-weights sparse MoE with 8 experts per layer and top-2 routing, 47B total but 13B active parameters. It matches or beats Llama 2 70B and GPT-3.5 on most benchmarks.",
        },
        {
          arxivId: "2401.06066",
          title: "DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Language Models",
          authors: ["Damai Dai", "Chengqi Deng", "Chenggang Zhao", "R. X. Xu", "Huazuo Gao", "Deli Chen", "et al."],
          year: 2024,
          abstract:
            "Splits experts into many finer-grained ones and adds always-on shared experts, so each expert specializes more. DeepSeekMoE matches dense and GShard-style models with much less compute, and its design carries into DeepSeek-V2 and V3.",
        },
        {
          arxivId: "2404.02258",
          title: "Mixture-of-Depths: Dynamically allocating compute in transformer-based language models",
          authors: ["David Raposo", "Sam Ritter", "Blake Richards", "Timothy Lillicrap", "Peter Conway Humphreys", "Adam Santoro"],
          year: 2024,
          abstract:
            "Applies routing across depth rather than across experts: a top-k router picks which tokens each block processes and lets the rest skip it. This matches baseline quality with far fewer FLOPs per forward pass.",
        },
      ],
    ],
  },
];

/** One trending recent paper per weekly Paper Club session, oldest first. */
export const paperClubPapers: SeedPaper[] = [
  {
    arxivId: "2402.15391",
    title: "Genie: Generative Interactive Environments",
    authors: ["Jake Bruce", "Michael Dennis", "Ashley Edwards", "Jack Parker-Holder", "Yuge Shi", "Edward Hughes", "et al."],
    year: 2024,
    abstract:
      "An 11B-parameter world model trained without action labels on unlabeled Internet gameplay videos. It learns a latent action space, so a single image prompt becomes a playable, controllable 2D world.",
  },
  {
    arxivId: "2402.17764",
    title: "The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits",
    authors: ["Shuming Ma", "Hongyu Wang", "Lingxiao Ma", "Lei Wang", "Wenhui Wang", "Shaohan Huang", "et al."],
    year: 2024,
    abstract:
      "BitNet b1.58 trains LLMs whose weights are ternary {-1, 0, 1} from scratch. It matches full-precision models of the same size from 3B parameters up while cutting memory, latency and energy.",
  },
  {
    arxivId: "2403.03206",
    title: "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis",
    authors: ["Patrick Esser", "Sumith Kulal", "Andreas Blattmann", "Rahim Entezari", "Jonas Müller", "Harry Saini", "et al."],
    year: 2024,
    abstract:
      "Improves rectified-flow training with timestep sampling that emphasizes perceptually relevant noise levels, and introduces the MM-DiT architecture with separate weights for text and image tokens. It is the model behind Stable Diffusion 3.",
  },
  {
    arxivId: "2403.19887",
    title: "Jamba: A Hybrid Transformer-Mamba Language Model",
    authors: ["Opher Lieber", "Barak Lenz", "Hofit Bata", "Gal Cohen", "Jhonathan Osin", "Itay Dalmedigos", "et al."],
    year: 2024,
    abstract:
      "Interleaves Transformer and Mamba layers and adds mixture-of-experts MLPs, giving a production-scale hybrid with a 256K context. Its small KV cache lets it fit on a single 80GB GPU.",
  },
  {
    arxivId: "2404.02905",
    title: "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction",
    authors: ["Keyu Tian", "Yi Jiang", "Zehuan Yuan", "Bingyue Peng", "Liwei Wang"],
    year: 2024,
    abstract:
      "VAR generates images autoregressively coarse to fine, predicting each next-resolution token map rather than the next token in raster order. This GPT-style model beats diffusion transformers on ImageNet and shows clean scaling laws.",
  },
  {
    arxivId: "2404.19737",
    title: "Better & Faster Large Language Models via Multi-token Prediction",
    authors: ["Fabian Gloeckle", "Badr Youbi Idrissi", "Baptiste Rozière", "David Lopez-Paz", "Gabriel Synnaeve"],
    year: 2024,
    abstract:
      "Trains LLMs to predict several future tokens at once with independent heads on a shared trunk. This improves sample efficiency, especially on code, and enables up to 3x faster self-speculative decoding.",
  },
  {
    arxivId: "2404.19756",
    title: "KAN: Kolmogorov-Arnold Networks",
    authors: ["Ziming Liu", "Yixuan Wang", "Sachin Vaidya", "Fabian Ruehle", "James Halverson", "Marin Soljačić", "Thomas Y. Hou", "Max Tegmark"],
    year: 2024,
    abstract:
      "Replaces the fixed activations and linear weights of MLPs with learnable univariate spline functions on the edges, inspired by the Kolmogorov-Arnold representation theorem. KANs are accurate and interpretable on small scientific tasks.",
  },
  {
    arxivId: "2405.04517",
    title: "xLSTM: Extended Long Short-Term Memory",
    authors: ["Maximilian Beck", "Korbinian Pöppel", "Markus Spanring", "Andreas Auer", "Oleksandra Prudnikova", "Michael Kopp", "et al."],
    year: 2024,
    abstract:
      "Revisits the LSTM with exponential gating and new memory structures: a scalar sLSTM and a fully parallelizable matrix-memory mLSTM. Stacked into residual blocks, they compete with Transformers and SSMs on language modeling.",
  },
  {
    arxivId: "2405.09818",
    title: "Chameleon: Mixed-Modal Early-Fusion Foundation Models",
    authors: ["Chameleon Team"],
    year: 2024,
    abstract:
      "A single token-based model that reads and generates arbitrary interleavings of images and text, with every modality quantized into one vocabulary from the start. The paper details the architectural changes needed for stable training.",
  },
  {
    arxivId: "2406.17557",
    title: "The FineWeb Datasets: Decanting the Web for the Finest Text Data at Scale",
    authors: [
      "Guilherme Penedo",
      "Hynek Kydlíček",
      "Loubna Ben allal",
      "Anton Lozhkov",
      "Margaret Mitchell",
      "Colin Raffel",
      "Leandro Von Werra",
      "Thomas Wolf",
    ],
    year: 2024,
    abstract:
      "Releases FineWeb, a 15T-token pretraining corpus from 96 Common Crawl snapshots, with ablations of every filtering and deduplication choice. Its FineWeb-Edu subset, selected by an LLM-trained classifier, strongly boosts knowledge and reasoning benchmarks.",
  },
  {
    arxivId: "2408.00714",
    title: "SAM 2: Segment Anything in Images and Videos",
    authors: ["Nikhila Ravi", "Valentin Gabeur", "Yuan-Ting Hu", "Ronghang Hu", "Chaitanya Ryali", "Tengyu Ma", "et al."],
    year: 2024,
    abstract:
      "Extends promptable segmentation to video with a streaming memory that tracks objects across frames, trained on the new SA-V dataset. It is more accurate with fewer interactions than prior video methods and faster than SAM on images.",
  },
  {
    arxivId: "2408.03314",
    title: "Scaling LLM Test-Time Compute Optimally can be More Effective than Scaling Model Parameters",
    authors: ["Charlie Snell", "Jaehoon Lee", "Kelvin Xu", "Aviral Kumar"],
    year: 2024,
    abstract:
      "Compares search against process reward models with iterative self-revision, and finds the best use of inference compute depends on problem difficulty. Allocating it adaptively per prompt can beat a 14x larger model at matched FLOPs.",
  },
  {
    arxivId: "2408.06292",
    title: "The AI Scientist: Towards Fully Automated Open-Ended Scientific Discovery",
    authors: ["Chris Lu", "Cong Lu", "Robert Tjarko Lange", "Jakob Foerster", "Jeff Clune", "David Ha"],
    year: 2024,
    abstract:
      "An LLM pipeline that generates research ideas, writes and runs experiment code, writes up the paper and reviews it with an automated reviewer. Each ML paper costs about $15 to produce.",
  },
  {
    arxivId: "2408.11039",
    title: "Transfusion: Predict the Next Token and Diffuse Images with One Multi-Modal Model",
    authors: ["Chunting Zhou", "Lili Yu", "Arun Babu", "Kushal Tirumala", "Michihiro Yasunaga", "Leonid Shamis", "et al."],
    year: 2024,
    abstract:
      "Trains one Transformer with a next-token loss on text and a diffusion loss on continuous image patches in the same sequence. It scales better than quantizing images into discrete tokens.",
  },
  {
    arxivId: "2410.00037",
    title: "Moshi: a speech-text foundation model for real-time dialogue",
    authors: [
      "Alexandre Défossez",
      "Laurent Mazaré",
      "Manu Orsini",
      "Amélie Royer",
      "Patrick Pérez",
      "Hervé Jégou",
      "Edouard Grave",
      "Neil Zeghidour",
    ],
    year: 2024,
    abstract:
      "A full-duplex spoken dialogue model that jointly models the user's and its own audio streams over the Mimi neural codec, with an inner text monologue. It converses with about 200 ms latency.",
  },
  {
    arxivId: "2410.05258",
    title: "Differential Transformer",
    authors: ["Tianzhu Ye", "Li Dong", "Yuqing Xia", "Yutao Sun", "Yi Zhu", "Gao Huang", "Furu Wei"],
    year: 2024,
    abstract:
      "Computes attention as the difference of two softmax attention maps, cancelling common-mode attention noise much like a differential amplifier. It improves long-context retrieval and reduces hallucination and activation outliers.",
  },
  {
    arxivId: "2410.24164",
    title: "π0: A Vision-Language-Action Flow Model for General Robot Control",
    authors: ["Kevin Black", "Noah Brown", "Danny Driess", "Adnan Esmail", "Michael Equi", "Chelsea Finn", "et al."],
    year: 2024,
    abstract:
      "Adds a flow-matching action expert to a pretrained vision-language model and trains it on diverse data from many robot platforms. The resulting generalist policy performs dexterous tasks such as laundry folding and follows language commands.",
  },
  {
    arxivId: "2411.15124",
    title: "Tülu 3: Pushing Frontiers in Open Language Model Post-Training",
    authors: ["Nathan Lambert", "Jacob Morrison", "Valentina Pyatkin", "Shengyi Huang", "Hamish Ivison", "Faeze Brahman", "et al."],
    year: 2024,
    abstract:
      "A fully open post-training recipe of SFT, then DPO, then reinforcement learning with verifiable rewards (RLVR), released with data, code and evaluations. Applied to Llama 3.1, it rivals closed post-trained models.",
  },
  {
    arxivId: "2412.06769",
    title: "Training Large Language Models to Reason in a Continuous Latent Space",
    authors: ["Shibo Hao", "Sainbayar Sukhbaatar", "DiJia Su", "Xian Li", "Zhiting Hu", "Jason Weston", "Yuandong Tian"],
    year: 2024,
    abstract:
      "Coconut feeds the model's last hidden state back in as the next input instead of decoding a word, so chain-of-thought happens in latent space. These continuous thoughts can encode several candidate paths, giving breadth-first-search-like planning.",
  },
  {
    arxivId: "2412.09871",
    title: "Byte Latent Transformer: Patches Scale Better Than Tokens",
    authors: ["Artidoro Pagnoni", "Ram Pasunuru", "Pedro Rodriguez", "John Nguyen", "Benjamin Muller", "Margaret Li", "et al."],
    year: 2024,
    abstract:
      "A tokenizer-free LLM that groups raw bytes into dynamically sized patches based on next-byte entropy, spending more compute where text is harder. At scale it matches tokenized Llama 3 and is more robust.",
  },
  {
    arxivId: "2412.14093",
    title: "Alignment faking in large language models",
    authors: ["Ryan Greenblatt", "Carson Denison", "Benjamin Wright", "Fabien Roger", "Monte MacDiarmid", "Sam Marks", "et al."],
    year: 2024,
    abstract:
      "Shows Claude 3 Opus strategically complying with a conflicting training objective when it believes it is being trained, so as to preserve its preferences outside training. It often reasons about this explicitly.",
  },
  {
    arxivId: "2501.19393",
    title: "s1: Simple test-time scaling",
    authors: ["Niklas Muennighoff", "Zitong Yang", "Weijia Shi", "Xiang Lisa Li", "Li Fei-Fei", "Hannaneh Hajishirzi", "et al."],
    year: 2025,
    abstract:
      "Fine-tunes Qwen2.5-32B on just 1,000 curated reasoning traces and controls thinking length with budget forcing, appending 'Wait' to extend reasoning. The result shows clean test-time scaling and beats o1-preview on competition math.",
  },
  {
    arxivId: "2502.09992",
    title: "Large Language Diffusion Models",
    authors: ["Shen Nie", "Fengqi Zhu", "Zebin You", "Xiaolu Zhang", "Jingyang Ou", "Jun Hu", "et al."],
    year: 2025,
    abstract:
      "LLaDA is an 8B masked-diffusion language model trained from scratch with pretraining and SFT. It is competitive with LLaMA3 8B in in-context learning and instruction following and sidesteps the reversal curse.",
  },
  {
    arxivId: "2502.11089",
    title: "Native Sparse Attention: Hardware-Aligned and Natively Trainable Sparse Attention",
    authors: ["Jingyang Yuan", "Huazuo Gao", "Damai Dai", "Junyu Luo", "Liang Zhao", "Zhengyan Zhang", "et al."],
    year: 2025,
    abstract:
      "Combines compressed coarse-grained tokens, selected fine-grained blocks and a sliding window in a hierarchical sparse attention that is trainable end to end. Its kernels give large speedups on 64K-token sequences without losing quality.",
  },
];
