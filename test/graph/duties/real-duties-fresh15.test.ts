// Duty conventions first met in fresh15 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const sorted = (t: { lead: string[]; support: string[]; responsible: string[] }) =>
  ({ lead: [...t.lead].sort(), support: [...t.support].sort(), responsible: [...t.responsible].sort() });

describe('conventions of real plans (fresh15)', () => {
  // http://fsou.com/html/text/lar/171694/17169469_1.html (a 市 government's opinion on 市县 依法行政, a law-database
  // page that begins at item 三): a bracket with no role word closes each item; 及 and 和 join names inside it.
  it('reads a bare closing bracket (A、B及C和D) as four responsible units, 及 and 和 joining names', () => {
    const tasks = tasksOfLines([
      '三、完善规范性文件制定程序。制定与群众利益密切相关的规范性文件,提交政府常务会议或全体会议审议前,要向社会公开征求意见。(市政府办公室、市政府法制办及相关部门和县(区)政府)',
      '五、加强依法行政工作。各县(区)、各部门要结合各自职责,对以往制定的推进依法行政配套制度,进行清理、修订和完善。(市政府各部门、县(区)政府)',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['市政府办公室', '市政府法制办', '相关部门', '县(区)政府'].sort() },
      { lead: [], support: [], responsible: ['市政府各部门', '县(区)政府'].sort() },
    ]);
  });

  // A name holding 和 (市劳动和社会保障局) is one name in a bare bracket: its halves are no units.
  it('keeps a name holding 和 whole in a bare closing bracket', () => {
    const tasks = tasksOfLines(['一、完善社会保障。做好社会保险工作。(市劳动和社会保障局、市财政局)']);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市劳动和社会保障局', '市财政局'].sort() }]);
  });
  // http://fsou.com (a 市 依法行政 plan, ≈2007, page 2 of a law-database copy): (A、B…为主要责任单位,按照各自职能组织
  // 有关部门实施) — no unit is named 牵头, so the listed units answer for the item together; the 有关部门 they 组织 are none.
  it('reads (A、B为主要责任单位,按照各自职能组织有关部门实施) as A and B responsible', () => {
    const tasks = tasksOfLines([
      '(二)大力推进行政复议工作的制度和机制创新。发挥行政复议在化解行政争议、构建社会主义和谐社会的作用。(市府办、市法制办、市编办、市财政局、市监察局为主要责任单位,按照各自职能组织有关部门实施)',
    ]);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市府办', '市法制办', '市编办', '市财政局', '市监察局'].sort() }]);
  });
});
