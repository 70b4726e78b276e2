"""Every weight and threshold that ranking and answering use, in one place, each with the figure
that chose it. Chosen on the `dev` split only (eval/qa_unseen.jsonl split=dev plus the seed set
eval/qa.jsonl, which earlier sessions tuned on); the `test` split is reported, never tuned on.
`bench/tune.py` re-runs the grid over the dev split by notice folds and prints the figures.

Modules read these at call time (`weights.NAME`), so a tuning run can set them.

Example:
    >>> from retrieval import weights
    >>> 0 < weights.ABSTAIN_COVERAGE < 1
    True
"""
from __future__ import annotations

# --- search (retrieval.search.rank) ---
RRF_K = 60                 # standard reciprocal-rank-fusion constant (Cormack et al.); not tuned
KEYWORD_WEIGHT = 1.5       # BM25 beside dense in RRF: seeds recall@5 0.89 with 1.5 vs 0.86 with 1.0 (GUIDE)
DENSE_WEIGHT = 1.0
COVERAGE_WEIGHT = 0.02     # lexical coverage rerank; seeds-era choice, dev recall unchanged 0.01-0.04
PREFER_WEIGHT = 0.05       # notices the question names rank first: dev recall@5 0.944 at 0.05 and 0.1, 0.927 at 0.02
NUMBER_WEIGHT = 0.004      # per number of the question found in a chunk
COUNT_WEIGHT = 0.002       # per count ("29个") in a chunk, for quantity questions (up to 4)
DATE_WEIGHT = 0.004        # per day ("11月7日") in a chunk, for date questions (up to 3): dev reciprocal rank of 4 date questions 0.33-0.5 -> 1.0, recall and answers unchanged; 0.010 cost fresh4 citation 1.000 -> 0.985
HEAD_WEIGHT = 0.01         # a question asking what a notice's head says of it (谁作的报告, 文号, 哪天发布): its head chunks
                           # rank a step up (retrieval.search.asked.asks_head). Dev 0.01 and 0.03 alike: u172 gained
                           # (recall 0.9947 -> 0.9952), none lost; seeds unchanged at 0.01 and 0.02, at 0.03 q042 lost its
                           # 落款 date (recall 0.9225 -> 0.9181) to the head: the smallest step that moves the head up
PINNED_PART = 1.0          # a section a structural question points at (第三部分) comes before every other window: a tier
                           # above any fused score (those stay below 0.2), not a tuned weight
PINNED_SUBSECTION = 0.5    # its own sub-sections (下面列了哪几个问题) come right after the parts pointed at: a tier between
                           # them and the rest. Pinned alike with the parts (1.0), seeds q075 and q079 lost the part
                           # to another notice's sub-sections (recall 0.9225 -> 0.9196, citation 0.833 -> 0.825); as a
                           # tier below: dev u138 and u1857 gained (recall 0.9938 -> 0.9947), seeds unchanged

# --- what a notice is about (retrieval.search.profile / scope) ---
NOT_DESCRIBED = 0.3        # the question names a notice by its inspection (2019年秋天被巡察的那个体育局: genre
                           # described.toml) and a notice's dated inspection contradicts it: taken off its match, an
                           # agency matched alone (1.0) falls below FITS, no longer about what the question names, as a
                           # notice of another place is not; it still ranks (soft). Dev u2953 (a sibling's chunks
                           # ranked first at 0.01)
PLACE_WORD_WEIGHT = 0.05   # a place below the county the question names (附海镇: genre places.toml [below_county]) that only
                           # one or two notices write: the passages writing it rank first, as a notice the question
                           # names does (PREFER_WEIGHT); dev u5438 (another notice's 清理 figures led at 0.046, the town's
                           # passage 0.035); round 102
FITS = 0.75                # a notice is about what the question names: agency matched + place unknown
PARENT_PLACE = 0.4         # question names 广州, notice of 海珠区: related, not the same issuer
CHILD_PLACE = 0.75         # question names 海珠区 (no agency), notice of 广州市: the city notice covers it
SAME_FAMILY = 0.8          # 城管局 asked, 城市管理委员会 found
MENTIONED_ONLY = 0.01      # an asked agency only mentioned in a notice's opening, not its title/issuer: ranks a step
                           # below the notice whose it is (an audit report names the bureaus it audited); a tie-break,
                           # not a weight tuned (any step below the gap between facet scores orders the same)
OTHER_KIND = 0.01          # the question names a kind of notice (工作要点, 审计, 巡察) and a notice is of another kind:
                           # a step below those of that kind, as MENTIONED_ONLY (a tie-break, not a tuned weight)
INSIDE_REGION = 0.01       # a place named as a region (宁波那个审计局: genre places.toml [regions]) that is itself one
                           # notice's own place: a notice of a place inside it (慈溪 under 宁波) ranks a step below the
                           # notice whose own place it is, as MENTIONED_ONLY (a tie-break: both still fit fully)
UNKNOWN = 0.5              # the notice names no place / no agency: neither fits nor contradicts
                           # bench/tune.py 2026-11-29 (dev, after the refusal checks of answer.refusal): objective
                           # 2.572 at 0.5 and 0.6 (refused 0.879, false 0.032) vs 2.365 at 0.4, which refuses
                           # every notice of unknown place (refused 1.0, false 0.144; folds 2.28/2.38/2.45 vs
                           # 2.86/2.62/2.29): 6 of the 20 dev notices name no place, and staff name them by place

# --- answering (answer.extractive / answer.lead) ---
ABSTAIN_COVERAGE = 0.1     # share of the question's weighted words the best context must hold; dev objective
                           # 2.14 at 0.05 and 0.1, 2.12 at 0.15, 2.07 at 0.2, 1.95 at 0.3 (false refusal
                           # 0.048 / 0.048 / 0.056 / 0.072 / 0.12; same order in each of the 3 notice folds)
                           # re-run 2026-11-29 with the refusal checks (answer.refusal): objective 2.572 at 0.05
                           # and 0.1, 2.548 at 0.15, 2.508 at 0.2 (false refusal 0.032 / 0.032 / 0.040 / 0.056)
PROBLEM_COVERAGE = 0.5     # share of the words of the problem a question names (针对X…) the answering notice must
                           # write (each word alike): no dev answerable question naming one is below it, 9 of 10
                           # probes of problems absent from their notice are; IDF weights were dropped because a
                           # rare paraphrase of the asker's (流于形式) sank a seed comparison; half the words is the
                           # rule, not a fitted figure
OTHER_UNITS_COVERAGE = 0.75  # the same share when the problem's rectification is asked of other agencies (违规收送礼金的问题，
                             # 别的单位是怎么整改的): the problem is the whole ask, and half its words (违规) name another
                             # problem; three in four, so one word of four the asker says otherwise (这块) may be missing
OWN_WEIGHT = 0.3           # lead clause: its own words beside those of its sentence up to it
FIRST_BONUS = 0.05         # lead clause: ties go to the best-ranked sentence
STATUS_NAMED = 0.5         # lead clause: its count's status is the status the question names, in whatever wording either
                           # writes it (基本整改到位的有几个 against 阶段性完成整改1个; items.toml [[status]] normal forms),
                           # as much as a done status stated when a done count is asked (round 82 status)
KIND_NAMED = 0.5           # lead clause: it counts items of the kind the question names, in whatever wording either writes
                           # it (立行立改的有几个 against 要求即知即改的283项问题; items.toml [[kind]]), as a status named does
                           # (round 86 status)
WHOLE_STATUS = 0.1         # lead clause: the status asked counted in the notice's widest totals sentence (共计50项…正在整改
                           # 10项) over a section's (问题6项…部分整改4项) when both say it; a tie-breaker, less than any word
                           # of a part the question names (round 86 status)
LEAD_MORE = 0.5            # lead: a further clause (second asked figure/date) scores at least this share of the best
LEAD_RUN_NEAR = 0.9        # lead: a figure clause this near the best, holding the question's words as one run the best
                           # breaks (居民健康素养水平 against 居民心理健康素养水平), is the one asked (answer/lead_run.py, round 85)
LEAD_RUN_MIN = 4           # ... that run this many characters at least (two words), so a shared word alone decides nothing
COUNTED_BESIDE = 0.5       # lead clause: names the noun the question counts beside its figure (问题有几项: "预算执行问题
                           # 6项", not "部分整改4项"), as much as a count in a unit alike (round 16, task numbers2)
DONE_STATED = 0.5          # lead clause: states a done status (已完成整改336个) when a done count is asked (已经整改了几个),
                           # not the total found (反映的400个问题); as much as the counted noun beside, so the elided count
                           # (400个问题,已完成整改336个) outweighs a part naming the noun (283个问题已全): the d16 probes of
                           # tests/test_answer_round17_lead.py; dev 0 of 1754 answers changed, seeds unchanged (session 11)
MEASURE_ITEMS = 6          # measures: items (一是… or sibling paragraphs' openings) quoted under the problem; dev cite
                           # 0.888 and seeds 0.807 at 4, 6 and 8 alike (seeds key facts 0.830 -> 0.835 once sibling
                           # paragraphs count as items); 6 gathers a whole list of the usual length
FRAMING_BONUS = 0.3        # a question about the inspection itself (哪个巡察组, 按照哪个文件公布): the opening sentences
                           # that frame the notice (questions.toml framing) rank first among its candidate sentences
TOPIC_PATH_WEIGHT = 0.5    # measures asked of a named field (在统一思想上做了哪些): the item whose heading holds it anchors,
                           # as the question's words in the path do (0.5)
CONTACT_BONUS = 0.5        # 打哪个电话、发哪个邮箱: the notice's contact line (联系电话:…;电子邮箱:…) answers; as COMBINED_BONUS
COMBINED_BONUS = 0.5       # 跟哪些工作结合: the one sentence that says what it was combined with (…紧密结合…) answers; as
                           # the unit bonus of a count (0.4) and more than a named kind (0.3): the relation is the answer
ASKED_THING_BONUS = 0.3    # 列了哪三类清单 / 什么责任制: a sentence naming things of the asked kind (三张清单, …负责制); as
                           # FRAMING_BONUS (dev: fresh15 u1832, fresh3 u833-kind questions cite the naming sentence)
DOCUMENT_BONUS = 0.3       # which document set a rule (哪个文件定的): a sentence naming one (《…》, 〔2024〕4号) ranks above
                           # "根据文件要求…" that names none; as FRAMING_BONUS (fresh5 u718: 0.80 vs 1.01 before it)
RESULT_COVERAGE = 0.5      # share of the question's weighted words a quote stating an act done (成功换届, 已印发) must hold
                           # to answer "完成了吗" in a notice that states no rectification status; half the words, as
                           # PROBLEM_COVERAGE: the rule, not a fitted figure
ACT_COVERAGE = 0.5         # share of the two-character runs naming an act asked yes-or-no (有没有开专题民主生活会) the first
                           # quoted clause must hold to be led with 有/是/已 (answer/threshold.py act_said); half, as
                           # RESULT_COVERAGE: the rule, not a fitted figure
UNIT_EXAMPLE_PENALTY = 0.4  # asked what a named agency did (审计局推进整改用的是哪两项制度): a sentence telling what units under
                            # it did, as examples (部分单位边审边改,…出台了议事决策制度), is marked down as a heading restating
                            # the question is (0.4); measures.toml unit_examples (fresh19 u2225, fresh u264)
CUT_OFF_PENALTY = 0.4       # a sentence the notice's text ends in with no closing mark (组织召开巡察整改专题民主生活会,班: the
                            # page lost its rest) whose clauses another sentence writes whole: marked down as a heading
                            # restating the question is (0.4), so the whole copy answers; a cut sentence written nowhere
                            # else is left as it is: truncated pages hold answers in it (round 146, u1422)
HEADING_OBJECT_BONUS = 1.0  # a measures question saying the object of a heading clause (为明确整改任务做了哪些事: "(二)全面对照
                            # 检查,明确整改任务"; 工作机制是怎么建的: "二是加强组织领导,健全工作机制"): that part or item anchors,
                            # and so does a sentence writing that object (with its verb when the question says it:
                            # 压实巡察整改责任 for 把整改责任压到每个部门), ahead of sentences sharing only more of the
                            # question's words (coverage tops at 1.0, path 0.5): 0.5 misses u2422, 1.0 and 2.0 keep all six
                            # probed (u130 u1544 u2251 u2352 u2422 u2462); answer/headed.py (round 18 abstain5)
ITEM_SENTENCES = 5         # one item of the outline asked alone (最后一点是什么, 第二大类下面第2条讲了什么) whose sentences follow its
                           # heading in its own paragraph: the heading and its first sentence in one quote, then at most this
                           # many more of its sentences, so a long item is not the whole page (round 25, last)
STATUS_ASK_SHARE = 0.3      # a yes-or-no completion ask beside another ask (三十年以上的旧管道改完了没有？今年改了多少公里？): the
STATUS_ASK_NEAR = 400       # clause stating a result within this many characters of the lead holds at least this share of
                            # the ask's two-character runs (30年以上的老旧管网已全部实施改造) and answers it beside the other
                            # ask's clause (round 35 task seeds); the runs counted are those the notice writes near the
STATUS_ASK_RUNS = 3         # lead, at least this many of them (fewer name too little to judge a clause by)
# --- several steps asked in order (answer.order_many): which sentence of a notice a named step is placed on. A shared
# word pair scores 1; these were set by hand in round 54 so that its dev order asks (fresh41 u4305, u4313 and the
# wordings of tests/test_answer_round54_order.py) place each step, and move no other dev or seed item; too few asks to
# cross-validate, so read them as a tier order rather than tuned values ---
ORDER_STEP_OWNER = 1.0      # the sentence shares more word pairs with this step than with any other step asked
ORDER_STEP_DATED = 2.0      # it carries a day (a step without one cannot be ordered): above two more shared pairs
ORDER_STEP_MEETING = 1.5    # a step named as a meeting (人大审议) and a sentence naming one by ordinal (第十四次会议)
ORDER_STEP_SELF = 0.5       # subtracted: the report's own lines (subtitle, 请予审议), which date the report itself
COUNTED_NOUN_REACH = 4      # a count asked of a named thing (多少个问题) is written when a count stands within this many
                            # characters before the noun (4个方面33个问题: 0, 33个具体问题: 2) or after it (反馈问题共计33个: 2,
                            # 具体问题50项: 0) in one clause (answer/unstated_ask.py); a count further off counts
                            # something else (整改问题…制定措施14条). Set above the dev notices' gaps between a count and
                            # 问题/措施/制度 (0 or 2 characters: 29个问题, 50项具体问题, 13个规章制度), with room for one word more.
EACH_ASK_COVERAGE = 0.5     # an ask of a question typed as several, read apart (answer/each_ask.py), that finds no routed
                            # answer and no lead clause adds its best sentence only when that sentence holds at least this
                            # share of the ask's weighted words (当时听审计工作报告的是人大哪次会 → 今年8月,…第四次会议听取和
                            # 审议了…审计工作报告: 0.8), of those some notice writes (round 117: 中办、国办 or a glued 时办,
                            # which no sentence can hold, are not weighed); a leaning ask read alone (下面第一点讲啥: 0.0) adds nothing. Set as the
                            # half PROBLEM_COVERAGE and RESULT_COVERAGE use (round 106): the rule, not a fitted figure

# A count of what a list holds (明确了几样内容) is answered by the list after the very verb it is asked with (明确了整改目标、…):
# that clause outweighs any other list whose clause echoes more of the question's other words (answer/kinds_listed.py;
# round 118).
LISTING_VERB = 10
