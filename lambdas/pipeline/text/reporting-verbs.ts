/**
 * What a news headline says happened, in place of the speech's own title: someone stressed, pointed out, attended,
 * held or convened (`市委书记某某在全市…大会上强调…`, `某某中学隆重举行2025届毕业典礼`, `…召开…座谈会`), as a regex
 * alternation. A speech's title names itself (讲话, 致辞) or its theme; a report about it summarizes. Read by the
 * title's `reports` feature and by a headline around another candidate (structure/title-candidates.ts).
 */
export const REPORTING_VERBS = '强调|強調|指出|表示|要求|隆重|举行|舉行|召开|召開|出席|发表|發表|会见|會見|接见|接見|看望|考察|部署|勉励|勉勵|宣布|宣佈';
