<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchCharts</name>
    <message>
        <source>pairs</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>DET curve</source>
        <translation>DET 曲线</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>DET: FNMR against FMR (%1 thresholds with a rate of 0 cannot be drawn on log axes)</source>
        <translation>DET：FNMR 对 FMR（%1 个比率为 0 的阈值无法画在对数坐标轴上）</translation>
    </message>
    <message>
        <source>DET: FNMR against FMR</source>
        <translation>DET：FNMR 对 FMR</translation>
    </message>
    <message>
        <source>false match rate (FMR)</source>
        <translation>误匹配率（FMR）</translation>
    </message>
    <message>
        <source>false non-match rate (FNMR)</source>
        <translation>漏匹配率（FNMR）</translation>
    </message>
    <message>
        <source>verify_score: expected same and expected different</source>
        <translation>verify_score：预期同一人与预期非同一人</translation>
    </message>
    <message>
        <source>expected same</source>
        <translation>预期同一人</translation>
    </message>
    <message>
        <source>expected different</source>
        <translation>预期非同一人</translation>
    </message>
    <message>
        <source>hack_score: genuine and attack</source>
        <translation>hack_score：真实采集与攻击</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>真实采集</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <source>Latency of %1 answers (ms)</source>
        <translation>%1 个应答的延迟（毫秒）</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>batch: at most this many requests in flight, 1 to 64 (default 4); fewer while the server says it is overloaded.</source>
        <translation>batch：同时进行的请求数上限，1 到 64（默认 4）；服务器表示过载时会减少。</translation>
    </message>
    <message>
        <source>batch: write the results as CSV to this file.</source>
        <translation>batch：将结果以 CSV 写入此文件。</translation>
    </message>
    <message>
        <source>batch: write the report to this file (.pdf or .json).</source>
        <translation>batch：将报告写入此文件（.pdf 或 .json）。</translation>
    </message>
    <message>
        <source>batch: continue the batch of this folder or manifest where it stopped; no pair that has an answer is sent again.</source>
        <translation>batch：从中断处继续此文件夹或清单的批次；已有应答的配对不会再次发送。</translation>
    </message>
    <message>
        <source>batch needs a folder or a CSV manifest.</source>
        <translation>batch 需要一个文件夹或一个 CSV 清单。</translation>
    </message>
    <message>
        <source>batch takes one folder or manifest; &quot;%1&quot; is one too many.</source>
        <translation>batch 只接受一个文件夹或清单；“%1”是多余的。</translation>
    </message>
    <message>
        <source>--concurrency &quot;%1&quot; is not a number from 1 to %2.</source>
        <translation>--concurrency“%1”不是 1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a manifest file.</source>
        <translation>%1 既不是文件夹也不是清单文件。</translation>
    </message>
    <message>
        <source>A batch of %1 already exists (%2): give --resume to continue it, or delete the file to start again.</source>
        <translation>%1 的批次已存在（%2）：请给出 --resume 继续该批次，或删除该文件后重新开始。</translation>
    </message>
    <message>
        <source>Resuming %1: %2 of %3 pairs already answered; %4 were in flight and are sent again.</source>
        <translation>继续 %1：%3 个配对中已有 %2 个得到应答；%4 个在中断时正在发送，将再次发送。</translation>
    </message>
    <message>
        <source>No batch of %1 to resume; starting one.</source>
        <translation>没有可继续的 %1 批次；开始新批次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pairs with a problem, not sent: %1; the others are sent.</source>
        <translation>有问题而未发送的配对：%1 个；其余配对照常发送。</translation>
    </message>
    <message>
        <source>%1% %2/%3  %4 pairs/s  elapsed %5  left %6  concurrency %7</source>
        <translation>%1% %2/%3  %4 对/秒  已用 %5  剩余 %6  并发 %7</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 pairs), %4 pairs/s, elapsed %5, left %6, concurrency %7</source>
        <translation>%1%（%3 个配对中的 %2 个），%4 对/秒，已用 %5，剩余 %6，并发 %7</translation>
    </message>
    <message>
        <source>Batch %1: %2 pairs, %3 answered, %4 not answered (%5 with a problem).</source>
        <translation>批次 %1：%2 个配对，%3 个已应答，%4 个未应答（其中 %5 个有问题）。</translation>
    </message>
    <message>
        <source>  status %1: %2</source>
        <translation>  状态 %1：%2</translation>
    </message>
    <message>
        <source>  verdict %1: %2</source>
        <translation>  结论 %1：%2</translation>
    </message>
    <message>
        <source>  as expected: %1 of %2 answered pairs with an expected outcome</source>
        <translation>  符合预期：有预期结果的已应答配对 %2 个中的 %1 个</translation>
    </message>
    <message>
        <source>The batch stopped: its database cannot be written (%1). Resume it with --resume once the disk is fixed.</source>
        <translation>批次已停止：无法写入其数据库（%1）。磁盘修复后请用 --resume 继续。</translation>
    </message>
    <message>
        <source>The results cannot be written to %1: %2</source>
        <translation>无法将结果写入 %1：%2</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>结果已写入 %1。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
</context>
<context>
    <name>BatchImporter</name>
    <message>
        <source>pair %1</source>
        <translation>配对 %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>BatchManifest</name>
    <message>
        <source>%1 is neither a folder nor a manifest file.</source>
        <translation>%1 既不是文件夹也不是清单文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <source>%1: a second file for the pair &quot;%2&quot;, left out.</source>
        <translation>%1：配对“%2”的第二个文件，已略去。</translation>
    </message>
    <message>
        <source>no selfie for the liveness file %1.</source>
        <translation>活体文件 %1 没有对应的自拍照。</translation>
    </message>
    <message>
        <source>no liveness file for the selfie %1.</source>
        <translation>自拍照 %1 没有对应的活体文件。</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read: %2</source>
        <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
        <source>The manifest %1 is empty.</source>
        <translation>清单 %1 为空。</translation>
    </message>
    <message>
        <source>The manifest&apos;s header has an unknown column &quot;%1&quot;; the columns are selfie, liveness, expected, device, sdk_version and note.</source>
        <translation>清单的表头有未知列“%1”；可用列为 selfie、liveness、expected、device、sdk_version 和 note。</translation>
    </message>
    <message>
        <source>The manifest&apos;s header names the column &quot;%1&quot; twice.</source>
        <translation>清单的表头两次列出列“%1”。</translation>
    </message>
    <message>
        <source>The manifest&apos;s header must name the columns selfie, liveness and expected.</source>
        <translation>清单的表头必须包含 selfie、liveness 和 expected 三列。</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 KiB; left out.</source>
        <translation>第 %1 行超过 %2 KiB；已略去。</translation>
    </message>
    <message>
        <source>line %1 opens a quote that is never closed.</source>
        <translation>第 %1 行的引号没有闭合。</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text.</source>
        <translation>第 %1 行不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>line %1 has %2 fields where the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，而表头有 %3 个。</translation>
    </message>
    <message>
        <source>the expected value &quot;%1&quot; is not same, different, attack or empty.</source>
        <translation>预期值“%1”不是 same、different、attack 或空。</translation>
    </message>
    <message>
        <source>no selfie given.</source>
        <translation>未给出自拍照。</translation>
    </message>
    <message>
        <source>no liveness data given.</source>
        <translation>未给出活体数据。</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>B&amp;atch</source>
        <translation>批量(&amp;A)</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>a folder of pairs or a CSV manifest (selfie,liveness,expected), chosen or dropped</source>
        <translation>选择或拖入一个配对文件夹或 CSV 清单（selfie,liveness,expected）</translation>
    </message>
    <message>
        <source>Choose fol&amp;der…</source>
        <translation>选择文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose &amp;manifest…</source>
        <translation>选择清单(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Open batch database…</source>
        <translation>打开批次数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Continue a batch from its .batch.sqlite file</source>
        <translation>从 .batch.sqlite 文件继续一个批次</translation>
    </message>
    <message>
        <source>Co&amp;ncurrency:</source>
        <translation>并发数(&amp;N)：</translation>
    </message>
    <message>
        <source>Requests in flight at most; fewer while the server answers RATE_LIMIT_EXCEEDED or 503</source>
        <translation>同时进行的请求上限；服务器返回 RATE_LIMIT_EXCEEDED 或 503 时自动减少</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>Requests in flight are cancelled; their pairs stay to be sent by the next Start</source>
        <translation>进行中的请求被取消；这些配对保留，下次“开始”时发送</translation>
    </message>
    <message>
        <source>Repor&amp;t…</source>
        <translation>报告(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport results CSV…</source>
        <translation>导出结果 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Problems found before sending (these pairs are not sent):</source>
        <translation>发送前发现的问题（这些配对不发送）：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>全部配对</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未应答</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>Answered with scores</source>
        <translation>已应答（有分数）</translation>
    </message>
    <message>
        <source>Answered with an error</source>
        <translation>已应答（出错）</translation>
    </message>
    <message>
        <source>Not sent: a problem</source>
        <translation>未发送：有问题</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>file, status, request_id, device or note</source>
        <translation>文件、状态、request_id、设备或备注</translation>
    </message>
    <message>
        <source>Choose a folder of pairs</source>
        <translation>选择配对文件夹</translation>
    </message>
    <message>
        <source>Choose a batch manifest</source>
        <translation>选择批次清单</translation>
    </message>
    <message>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation>CSV 清单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a batch database</source>
        <translation>打开批次数据库</translation>
    </message>
    <message>
        <source>Batch databases (*.batch.sqlite);;All files (*)</source>
        <translation>批次数据库 (*.batch.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancel the running batch before opening another.</source>
        <translation>请先取消正在运行的批次，再打开另一个。</translation>
    </message>
    <message>
        <source>Checking every pair of %1 before anything is sent…</source>
        <translation>发送前正在检查 %1 的每个配对…</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Continuing the batch in %1: %2 of %3 pairs already answered; %4 were in flight when it stopped and are sent again.</source>
        <translation>继续 %1 中的批次：%3 个配对中已有 %2 个应答；停止时有 %4 个在途，将重新发送。</translation>
    </message>
    <message>
        <source>A new batch of %1 pairs, recorded in %2.</source>
        <translation>新批次，共 %1 个配对，记录在 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with a problem are not sent; the others are.</source>
        <translation>
            <numerusform>%n 个有问题的配对不发送；其余的照常发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>pair %1: %2</source>
        <translation>配对 %1：%2</translation>
    </message>
    <message>
        <source>No endpoint or api_id: set them up in the main window (File ▸ Settings).</source>
        <translation>没有接口地址或 api_id：请在主窗口中设置（文件 ▸ 设置）。</translation>
    </message>
    <message>
        <source>The keyring could not be read (%1).</source>
        <translation>无法读取系统密钥环（%1）。</translation>
    </message>
    <message>
        <source>No api_secret is saved for this endpoint and api_id: set it in the main window (File ▸ Settings).</source>
        <translation>此接口地址和 api_id 没有保存 api_secret：请在主窗口中设置（文件 ▸ 设置）。</translation>
    </message>
    <message>
        <source>The batch stopped: its database cannot be written (%1). Start continues it once the disk is fixed.</source>
        <translation>批次已停止：无法写入其数据库（%1）。磁盘修复后点击“开始”继续。</translation>
    </message>
    <message>
        <source>Sending %1 pairs to %2.</source>
        <translation>正在向 %2 发送 %1 个配对。</translation>
    </message>
    <message>
        <source>Paused: no new request is sent; the ones in flight are recorded as they arrive.</source>
        <translation>已暂停：不再发送新请求；在途请求的应答到达后照常记录。</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>运行中。</translation>
    </message>
    <message>
        <source>Cancelling the requests in flight…</source>
        <translation>正在取消在途请求…</translation>
    </message>
    <message>
        <source>Every pair of the batch has its answer.</source>
        <translation>批次中的每个配对都已应答。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n pair(s) not answered yet; Start sends them.</source>
        <translation>
            <numerusform>已停止：%n 个配对尚未应答；点击“开始”发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <source>%1 of %2 pairs · %3 pairs/s · elapsed %4 · left %5 · concurrency %6 (%7 in flight)</source>
        <translation>%1 / %2 个配对 · %3 对/秒 · 已用 %4 · 剩余 %5 · 并发 %6（在途 %7）</translation>
    </message>
    <message>
        <source>No batch open.</source>
        <translation>未打开批次。</translation>
    </message>
    <message>
        <source>%1 of %2 pairs answered</source>
        <translation>%2 个配对中已应答 %1 个</translation>
    </message>
    <message>
        <source>Choose a pair to see its answer here; Enter or a double-click opens its liveness file in the Inspect tab.</source>
        <translation>选择一个配对即可在此查看其应答；按 Enter 或双击可在“检查”标签页中打开其活体文件。</translation>
    </message>
    <message>
        <source>Pair %1 has no answer yet.</source>
        <translation>配对 %1 尚无应答。</translation>
    </message>
    <message>
        <source>Pair %1 is not sent: %2</source>
        <translation>配对 %1 未发送：%2</translation>
    </message>
    <message>
        <source>Pair %1&apos;s liveness data is %2, not a file on this computer: there is nothing to inspect.</source>
        <translation>配对 %1 的活体数据是 %2，不是本机上的文件：无可检查内容。</translation>
    </message>
    <message>
        <source>Report of the batch %1</source>
        <translation>批次 %1 的报告</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>结果已写入 %1。</translation>
    </message>
    <message>
        <source>The results cannot be written to %1: %2</source>
        <translation>无法将结果写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>BatchReportView</name>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>导出报告为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>导出报告为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>BatchReportWriter</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>可判定</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Batch verification report</source>
        <translation>批量核验报告</translation>
    </message>
    <message>
        <source>VerifyDesk %1</source>
        <translation>VerifyDesk %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>%1 pairs have no answer yet: this report is partial</source>
        <translation>%1 对尚无应答：本报告不完整</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>same person when verify_score ≥ %1, possible attack when hack_score &gt; %2</source>
        <translation>verify_score ≥ %1 时为同一人，hack_score &gt; %2 时为疑似攻击</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 pairs with an expected outcome)</source>
        <translation>%1（有预期结果的 %3 对中 %2 对正确）</translation>
    </message>
    <message>
        <source>Answers by status</source>
        <translation>按状态统计的应答</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>Possible attack</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>False accepts and false rejects</source>
        <translation>误接受与误拒绝</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Vendor FAR</source>
        <translation>厂商误接受率</translation>
    </message>
    <message>
        <source>False accepts</source>
        <translation>误接受</translation>
    </message>
    <message>
        <source>False rejects</source>
        <translation>误拒绝</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>阈值表行</translation>
    </message>
    <message>
        <source>decision threshold</source>
        <translation>判定阈值</translation>
    </message>
    <message>
        <source>Attacks (hack_score threshold %1)</source>
        <translation>攻击（hack_score 阈值 %1）</translation>
    </message>
    <message>
        <source>Attack detection rate</source>
        <translation>攻击检出率</translation>
    </message>
    <message>
        <source>False attack rate</source>
        <translation>误报攻击率</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>应答数</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>按设备</translation>
    </message>
    <message>
        <source>By SDK version</source>
        <translation>按 SDK 版本</translation>
    </message>
    <message>
        <source>By capture device</source>
        <translation>按采集设备</translation>
    </message>
    <message>
        <source>The batch report cannot be written to %1.</source>
        <translation>无法将批量报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>The batch folder %1 cannot be created.</source>
        <translation>无法创建批次文件夹 %1。</translation>
    </message>
    <message>
        <source>The batch database %1 cannot be created: %2</source>
        <translation>无法创建批次数据库 %1：%2</translation>
    </message>
    <message>
        <source>The batch database %1 cannot be opened: %2</source>
        <translation>无法打开批次数据库 %1：%2</translation>
    </message>
    <message>
        <source>The batch database %1 cannot use write-ahead logging.</source>
        <translation>批次数据库 %1 无法使用预写日志。</translation>
    </message>
    <message>
        <source>The batch database %1 was written by a newer VerifyDesk (schema %2); it is left untouched.</source>
        <translation>批次数据库 %1 由更新版本的 VerifyDesk 写入（架构 %2）；未做任何改动。</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>not sent: a problem</source>
        <translation>未发送：有问题</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>✓ as expected</source>
        <translation>✓ 符合预期</translation>
    </message>
    <message>
        <source>✗ not as expected</source>
        <translation>✗ 不符合预期</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Selfie: %1
Liveness: %2</source>
        <translation>自拍：%1
活体：%2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>是否符合</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>different</source>
        <translation>不同人</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>攻击</translation>
    </message>
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>the selfie</source>
        <translation>自拍照</translation>
    </message>
    <message>
        <source>the liveness data</source>
        <translation>活体数据</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1：“%2”不是 http:// 或 https:// 网址。</translation>
    </message>
    <message>
        <source>%1: the id: source is empty.</source>
        <translation>%1：“id:”来源为空。</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1：文件 %2 不存在。</translation>
    </message>
    <message>
        <source>%1: the file %2 cannot be read.</source>
        <translation>%1：无法读取文件 %2。</translation>
    </message>
    <message>
        <source>the selfie %1 breaks a rule of the API: %2</source>
        <translation>自拍照 %1 不符合接口规则：%2</translation>
    </message>
    <message>
        <source>the liveness data %1 is not well-formed protobuf (%2).</source>
        <translation>活体数据 %1 不是格式正确的 protobuf（%2）。</translation>
    </message>
    <message>
        <source>a duplicate of an earlier pair (the same selfie and liveness data).</source>
        <translation>与前面的配对重复（自拍照和活体数据相同）。</translation>
    </message>
</context>
<context>
    <name>BuildCaptureDialog</name>
    <message>
        <source>Add frames</source>
        <translation>添加帧</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图像 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>选择视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mov *.mkv)</source>
        <translation>视频 (*.mp4 *.webm *.mov *.mkv)</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>采集文件另存为</translation>
    </message>
    <message>
        <source>Liveness captures (*.protobuf)</source>
        <translation>活体采集文件 (*.protobuf)</translation>
    </message>
    <message>
        <source>Add the frames (JPEG or PNG files) or choose a video first.</source>
        <translation>请先添加帧（JPEG 或 PNG 文件）或选择视频。</translation>
    </message>
    <message>
        <source>Choose the file to save the capture as.</source>
        <translation>请选择采集文件的保存位置。</translation>
    </message>
    <message>
        <source>The engine builds the capture…</source>
        <translation>引擎正在生成采集文件…</translation>
    </message>
    <message>
        <source>Build a capture from frames or a video</source>
        <translation>从帧或视频生成采集文件</translation>
    </message>
    <message>
        <source>&amp;Frames (in capture order) or a video:</source>
        <translation>帧（按采集顺序）或视频(&amp;F)：</translation>
    </message>
    <message>
        <source>Add &amp;images…</source>
        <translation>添加图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose a &amp;video…</source>
        <translation>选择视频(&amp;V)…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>移除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>生成(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
    <message>
        <source>Take a selfie with a camera</source>
        <translation>用摄像头拍摄自拍照</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Connect a camera and open this dialog again, or give the selfie as a file, a URL or an image_id.</source>
        <translation>这台电脑上没有找到摄像头。请连接摄像头后重新打开此对话框，或以文件、URL 或 image_id 的方式提供自拍照。</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>正在拍照…</translation>
    </message>
    <message>
        <source>The camera could not take the photo: %1</source>
        <translation>摄像头无法拍照：%1</translation>
    </message>
    <message>
        <source>The camera reported an error: %1</source>
        <translation>摄像头报告错误：%1</translation>
    </message>
    <message>
        <source>Look into the camera, then press Take photo.</source>
        <translation>请正视摄像头，然后按“拍照”。</translation>
    </message>
</context>
<context>
    <name>CaptureFile</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is %1, over the open format&apos;s limit of %2.</source>
        <translation>该文件大小为 %1，超过开放格式的上限 %2。</translation>
    </message>
    <message>
        <source>The capture would not be accepted: %1</source>
        <translation>该采集文件不会被接受：%1</translation>
    </message>
    <message>
        <source>The capture cannot be written to %1: %2</source>
        <translation>无法将采集文件写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CaptureMaker</name>
    <message>
        <source>The engine did not finish the capture within %1 s and was stopped.</source>
        <translation>引擎未在 %1 秒内完成采集文件，已被停止。</translation>
    </message>
    <message>
        <source>verifydesk-engine is not installed next to VerifyDesk or on PATH, so captures cannot be built from frames or a video.</source>
        <translation>VerifyDesk 旁边或 PATH 中没有安装 verifydesk-engine，因此无法从帧或视频生成采集文件。</translation>
    </message>
    <message>
        <source>No private temporary folder could be made for the capture: %1</source>
        <translation>无法为采集文件创建私有临时文件夹：%1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>无法读取图像 %1。</translation>
    </message>
    <message>
        <source>A frame cannot be written to %1: %2</source>
        <translation>无法将帧写入 %1：%2</translation>
    </message>
    <message>
        <source>verifydesk-engine could not be started: %1</source>
        <translation>无法启动 verifydesk-engine：%1</translation>
    </message>
    <message>
        <source>Building the capture was cancelled.</source>
        <translation>已取消生成采集文件。</translation>
    </message>
    <message>
        <source>The engine stopped without building the capture (exit code %1).</source>
        <translation>引擎未生成采集文件就停止了（退出码 %1）。</translation>
    </message>
    <message>
        <source>The engine could not build the capture: %1</source>
        <translation>引擎无法生成采集文件：%1</translation>
    </message>
    <message>
        <source>The capture built cannot be made private.</source>
        <translation>无法将生成的采集文件设为私有。</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>无法替换文件 %1。</translation>
    </message>
    <message>
        <source>The capture cannot be written to %1.</source>
        <translation>无法将采集文件写入 %1。</translation>
    </message>
</context>
<context>
    <name>CaptureOptionsForm</name>
    <message>
        <source>“%1” is not a motion; write the motions in order, separated by commas: %2.</source>
        <translation>“%1”不是动作；请按顺序填写动作，用逗号分隔：%2。</translation>
    </message>
    <message>
        <source>Output &amp;type:</source>
        <translation>输出类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Motions:</source>
        <translation>动作(&amp;M)：</translation>
    </message>
    <message>
        <source>The motions asked for, in order, separated by commas: %1.</source>
        <translation>要求的动作，按顺序，用逗号分隔：%1。</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>帧率(&amp;R)：</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The chart cannot be saved as %1.</source>
        <translation>无法将图表保存为 %1。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>导出为 PNG 或 SVG…</translation>
    </message>
</context>
<context>
    <name>CliAccount</name>
    <message>
        <source>No endpoint: give --endpoint URL, or set it up in the desktop app.</source>
        <translation>没有接口地址：请给出 --endpoint URL，或在桌面程序中设置。</translation>
    </message>
    <message>
        <source>--endpoint &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>--endpoint“%1”不是 http:// 或 https:// 网址。</translation>
    </message>
    <message>
        <source>No api_id: give --api-id ID, or set it up in the desktop app.</source>
        <translation>没有 api_id：请给出 --api-id ID，或在桌面程序中设置。</translation>
    </message>
</context>
<context>
    <name>CliSecret</name>
    <message>
        <source>The keyring could not be read (%1). Set the environment variable %2 instead.</source>
        <translation>无法读取密钥环（%1）。请改为设置环境变量 %2。</translation>
    </message>
    <message>
        <source>No api_secret for api_id &quot;%1&quot; at %2: set the environment variable %3, or save the credentials in the desktop app&apos;s settings.</source>
        <translation>%2 上的 api_id“%1”没有 api_secret：请设置环境变量 %3，或在桌面程序的设置中保存凭据。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run verifydesk --help for the usage.</source>
        <translation>运行 verifydesk --help 查看用法。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>No command given, and no display to open the window on.</source>
        <translation>未给出命令，且没有可用于打开窗口的显示器。</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the one chosen in the desktop app, else the system&apos;s).</source>
        <translation>消息的语言：%1（默认：桌面应用中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language of VerifyDesk; use zh_CN or en.</source>
        <translation>--lang “%1”不是 VerifyDesk 的语言；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>receipt: the PDF file to write (default: receipt-REQUEST_ID.pdf); inspect: the file --export-bytes writes.</source>
        <translation>receipt：要写入的 PDF 文件（默认：receipt-REQUEST_ID.pdf）；inspect：--export-bytes 写入的文件。</translation>
    </message>
    <message>
        <source>VerifyDesk: compares a selfie with the liveness data of the vendor&apos;s SDK through the liveness_selfie_verification API.
Without arguments it opens the desktop window.

verify exits with 0 for the same person, 1 for not the same person or a possible attack, 2 for an API error and 3 for a usage or local error.
inspect exits with 0 for a file that reads as protobuf to its end, 2 for a malformed one (printed as far as it reads) and 3 for a usage or local error.
batch exits with 0 when every pair was answered, 2 when some could not be and 3 for a usage or local error.
The api_secret is read from the environment variable VERIFYDESK_API_SECRET or from the system keyring (saved by the desktop app), never from an argument.</source>
        <translation>VerifyDesk：通过 liveness_selfie_verification 接口，将自拍照与厂商 SDK 记录的活体数据进行比对。
不带参数时打开桌面窗口。

verify 的退出码：0 表示同一人，1 表示非同一人或疑似攻击，2 表示接口错误，3 表示用法错误或本地错误。
inspect 的退出码：0 表示文件能完整读作 protobuf，2 表示文件格式有误（仍输出可读部分），3 表示用法错误或本地错误。
batch 的退出码：0 表示每个配对都得到应答，2 表示有配对未能得到应答，3 表示用法错误或本地错误。
api_secret 从环境变量 VERIFYDESK_API_SECRET 或系统密钥环（由桌面程序保存）读取，绝不从命令行参数读取。</translation>
    </message>
    <message>
        <source>verify: send one verification request; history: list, export or check the recorded verifications; receipt REQUEST_ID: write a verification&apos;s receipt as a PDF; inspect FILE: show the protobuf wire tree of any liveness file; batch DIR|MANIFEST: verify many pairs, resumably.</source>
        <translation>verify：发送一次核验请求；history：列出、导出或校验已记录的核验；receipt REQUEST_ID：将一次核验的记录单写为 PDF；inspect FILE：显示任意活体文件的 protobuf 线格式结构树；batch DIR|MANIFEST：可续传地核验多个配对。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are verify, history, receipt, inspect and batch.</source>
        <translation>未知命令“%1”；可用命令为 verify、history、receipt、inspect 和 batch。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>仅在 B 中</translation>
    </message>
    <message>
        <source>Drop file A here</source>
        <translation>将文件 A 拖放到此处</translation>
    </message>
    <message>
        <source>Drop file B here</source>
        <translation>将文件 B 拖放到此处</translation>
    </message>
    <message>
        <source>Open &amp;A…</source>
        <translation>打开 A(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;B…</source>
        <translation>打开 B(&amp;B)…</translation>
    </message>
    <message>
        <source>A: no file</source>
        <translation>A：无文件</translation>
    </message>
    <message>
        <source>B: no file</source>
        <translation>B：无文件</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>采集</translation>
    </message>
    <message>
        <source>&amp;Run pre-check on both</source>
        <translation>对两者运行预检(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The reference engine&apos;s cue values, a local pre-check, not the vendor&apos;s answer.</source>
        <translation>参考引擎的线索值：本地预检，并非厂商的结果。</translation>
    </message>
    <message>
        <source>Compare: file A</source>
        <translation>比较：文件 A</translation>
    </message>
    <message>
        <source>Compare: file B</source>
        <translation>比较：文件 B</translation>
    </message>
    <message>
        <source>Liveness data (*.protobuf *.bin);;All files (*)</source>
        <translation>活体数据 (*.protobuf *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 bytes), SHA-256 %4</source>
        <translation>%1：%2（%3 字节），SHA-256 %4</translation>
    </message>
    <message>
        <source>Open two files to compare them field by field.</source>
        <translation>打开两个文件，逐字段进行比较。</translation>
    </message>
    <message>
        <source>The two files are identical.</source>
        <translation>两个文件完全相同。</translation>
    </message>
    <message>
        <source>%1 of %2 top-level fields differ; expand a changed message to see which of its fields do.</source>
        <translation>%2 个顶层字段中有 %1 个不同；展开已更改的消息可查看其中哪些字段不同。</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>输出类型</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>时长（毫秒）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The engine is looking at the frames of both files…</source>
        <translation>引擎正在分析两个文件的各帧…</translation>
    </message>
    <message>
        <source>Pre-check of %1: %2</source>
        <translation>%1 的预检：%2</translation>
    </message>
    <message>
        <source>%1 (evidence %2)</source>
        <translation>%1（攻击证据 %2）</translation>
    </message>
    <message>
        <source>Cue values by the reference engine: a local pre-check, not the vendor&apos;s answer.</source>
        <translation>参考引擎给出的线索值：本地预检，并非厂商的结果。</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接……</translation>
    </message>
    <message>
        <source>Connection and credentials OK: %1 answered and accepted the api_id and api_secret.</source>
        <translation>连接和凭据正常：%1 已应答，并接受了 api_id 和 api_secret。</translation>
    </message>
    <message>
        <source>The server is reachable, but it refused the credentials: %1 (%2). %3</source>
        <translation>服务器可以连接，但拒绝了凭据：%1（%2）。%3</translation>
    </message>
    <message>
        <source>No connection to the verification API: %1. %2 %3</source>
        <translation>无法连接核验 API：%1。%2%3</translation>
    </message>
    <message>
        <source>Not tested: %1. %2</source>
        <translation>未测试：%1。%2</translation>
    </message>
    <message>
        <source>The server gave a verdict for a request without inputs: it does not behave like the verification API. Check the endpoint URL.</source>
        <translation>服务器对没有输入的请求给出了结论：它的行为不像核验 API。请检查端点 URL。</translation>
    </message>
    <message>
        <source>The server answered %1 (%2) to a request without inputs; the verification API answers %3. %4</source>
        <translation>服务器对没有输入的请求应答了 %1（%2）；核验 API 应答的是 %3。%4</translation>
    </message>
</context>
<context>
    <name>ConnectionTestRow</name>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>测试连接(&amp;N)</translation>
    </message>
    <message>
        <source>Sends the api_id and api_secret without a selfie or liveness data: nobody is verified, and the answer tells whether the server is reachable and accepts the credentials.</source>
        <translation>只发送 api_id 和 api_secret，不带自拍照和活体数据：不核验任何人，应答说明服务器是否可以连接、是否接受凭据。</translation>
    </message>
</context>
<context>
    <name>CopyCipher</name>
    <message>
        <source>The key for kept copies is not a 256-bit key.</source>
        <translation>保留副本的密钥不是 256 位密钥。</translation>
    </message>
    <message>
        <source>No random key can be made for kept copies.</source>
        <translation>无法为保留副本生成随机密钥。</translation>
    </message>
    <message>
        <source>No random nonce can be made for a kept copy.</source>
        <translation>无法为保留副本生成随机 nonce。</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the kept copy.</source>
        <translation>OpenSSL 无法加密保留副本。</translation>
    </message>
    <message>
        <source>The file is not an encrypted kept copy.</source>
        <translation>该文件不是加密的保留副本。</translation>
    </message>
    <message>
        <source>The kept copy is cut short (%1 bytes).</source>
        <translation>保留副本不完整（%1 字节）。</translation>
    </message>
    <message>
        <source>The kept copy has format %1, which this version cannot read.</source>
        <translation>保留副本的格式为 %1，此版本无法读取。</translation>
    </message>
    <message>
        <source>The kept copy was encrypted with another key.</source>
        <translation>保留副本是用另一个密钥加密的。</translation>
    </message>
    <message>
        <source>OpenSSL could not decrypt the kept copy.</source>
        <translation>OpenSSL 无法解密保留副本。</translation>
    </message>
    <message>
        <source>The kept copy has been altered or damaged: its authentication tag does not match.</source>
        <translation>保留副本已被改动或损坏：其认证标签不匹配。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Access to the keyring was refused: %1</source>
        <translation>访问密钥环被拒绝：%1</translation>
    </message>
    <message>
        <source>The keyring denied access: %1</source>
        <translation>密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>The secret could not be deleted from the keyring: %1</source>
        <translation>无法从密钥环删除密钥：%1</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>密钥环报告错误：%1</translation>
    </message>
    <message>
        <source>No system keyring is reachable (%1). The API secret is kept in memory for this session only and must be entered again after VerifyDesk restarts; it is never written to a file.</source>
        <translation>无法连接系统密钥环（%1）。API 密钥仅在本次运行期间保存在内存中，VerifyDesk 重启后需要重新输入；密钥绝不会写入文件。</translation>
    </message>
</context>
<context>
    <name>EngineCheck</name>
    <message>
        <source>The engine did not answer within %1 s and was stopped.</source>
        <translation>引擎在 %1 秒内没有应答，已被停止。</translation>
    </message>
    <message>
        <source>verifydesk-engine is not installed next to VerifyDesk or on PATH, so the local pre-check cannot run.</source>
        <translation>VerifyDesk 旁边和 PATH 中都没有安装 verifydesk-engine，因此无法运行本地预检。</translation>
    </message>
    <message>
        <source>verifydesk-engine could not be started: %1</source>
        <translation>无法启动 verifydesk-engine：%1</translation>
    </message>
    <message>
        <source>The pre-check was cancelled.</source>
        <translation>预检已取消。</translation>
    </message>
    <message>
        <source>The engine stopped without an answer (exit code %1).</source>
        <translation>引擎未给出应答就退出了（退出码 %1）。</translation>
    </message>
    <message>
        <source>The engine refused the file: %1</source>
        <translation>引擎拒绝了该文件：%1</translation>
    </message>
    <message>
        <source>The engine&apos;s answer is not the liveness JSON VerifyDesk expects.</source>
        <translation>引擎的应答不是 VerifyDesk 所期望的活体 JSON。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Text encoding error</source>
        <translation>文本编码错误</translation>
    </message>
    <message>
        <source>The server could not read a parameter because it is not UTF-8 text.</source>
        <translation>服务器无法读取某个参数，因为它不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Check the api_id, the URLs and the ids for unusual characters, then try again.</source>
        <translation>请检查 api_id、URL 和各 id 中是否有异常字符，然后重试。</translation>
    </message>
    <message>
        <source>Download timed out</source>
        <translation>下载超时</translation>
    </message>
    <message>
        <source>The server timed out fetching %1 from its URL.</source>
        <translation>服务器从 URL 获取%1时超时。</translation>
    </message>
    <message>
        <source>an input given as a URL</source>
        <translation>以 URL 提供的输入</translation>
    </message>
    <message>
        <source>Make sure the URL is reachable from the server and responds quickly, or upload the file instead.</source>
        <translation>请确认服务器能访问该 URL 且响应迅速，或改为上传文件。</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>The server could not fetch %1 from its URL.</source>
        <translation>服务器无法从 URL 获取%1。</translation>
    </message>
    <message>
        <source>Check that the URL is correct and publicly reachable, or upload the file instead.</source>
        <translation>请检查 URL 是否正确且可公开访问，或改为上传文件。</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>图片过大</translation>
    </message>
    <message>
        <source>%1 is larger than the server accepts (at most 5 MB for a selfie).</source>
        <translation>%1超过服务器允许的大小（自拍照最大 5 MB）。</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>某张图片</translation>
    </message>
    <message>
        <source>Use &quot;Fit to limits&quot; to downscale the selfie, or choose a smaller file.</source>
        <translation>请用“适配限制”缩小自拍照，或选择更小的文件。</translation>
    </message>
    <message>
        <source>Unknown image id</source>
        <translation>未知的图片 id</translation>
    </message>
    <message>
        <source>The server has no stored image for the id given as %1.</source>
        <translation>服务器中没有与%1对应的已存图片。</translation>
    </message>
    <message>
        <source>an id given in the request</source>
        <translation>请求中给出的 id</translation>
    </message>
    <message>
        <source>Check the id, or upload the selfie again to get a new image_id.</source>
        <translation>请检查该 id，或重新上传自拍照以获得新的 image_id。</translation>
    </message>
    <message>
        <source>No face found</source>
        <translation>未检测到人脸</translation>
    </message>
    <message>
        <source>The server found no face in %1.</source>
        <translation>服务器在%1中未检测到人脸。</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>某张图片</translation>
    </message>
    <message>
        <source>Use a sharp, well-lit, frontal photo with the whole face visible; try &quot;Auto-rotate&quot; if the face is sideways.</source>
        <translation>请使用清晰、光线充足、正面且完整露出脸部的照片；如果人脸是侧倒的，请尝试“自动旋转”。</translation>
    </message>
    <message>
        <source>Damaged image</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <source>%1 is not an image, or it is damaged.</source>
        <translation>%1不是图片，或已损坏。</translation>
    </message>
    <message>
        <source>An input</source>
        <translation>某个输入</translation>
    </message>
    <message>
        <source>Open the file in an image viewer to check it, or choose another file.</source>
        <translation>请用看图软件打开该文件检查，或选择其他文件。</translation>
    </message>
    <message>
        <source>Image format or size not allowed</source>
        <translation>图片格式或尺寸不符合要求</translation>
    </message>
    <message>
        <source>%1 has a format or dimensions the server does not accept (JPG, BMP, PNG, GIF or TIFF, more than 8 and at most 4000 pixels per side).</source>
        <translation>%1的格式或尺寸不被服务器接受（须为 JPG、BMP、PNG、GIF 或 TIFF，每边大于 8 且不超过 4000 像素）。</translation>
    </message>
    <message>
        <source>Convert the image to JPG or PNG, or use &quot;Fit to limits&quot;.</source>
        <translation>请将图片转换为 JPG 或 PNG，或使用“适配限制”。</translation>
    </message>
    <message>
        <source>Liveness data not accepted</source>
        <translation>活体数据未被接受</translation>
    </message>
    <message>
        <source>The server cannot read the liveness data, or it is invalid.</source>
        <translation>服务器无法读取活体数据，或数据无效。</translation>
    </message>
    <message>
        <source>Send the file exactly as the liveness SDK wrote it; record a new capture if it was damaged.</source>
        <translation>请原样发送活体 SDK 生成的文件；如文件已损坏，请重新采集。</translation>
    </message>
    <message>
        <source>Invalid request parameters</source>
        <translation>请求参数无效</translation>
    </message>
    <message>
        <source>The server rejected the request parameters.</source>
        <translation>服务器拒绝了请求参数。</translation>
    </message>
    <message>
        <source>Give exactly one selfie and one liveness source, and check the values.</source>
        <translation>请恰好提供一个自拍照来源和一个活体数据来源，并检查各项取值。</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>凭据错误</translation>
    </message>
    <message>
        <source>The server did not accept the api_id or api_secret.</source>
        <translation>服务器不接受该 api_id 或 api_secret。</translation>
    </message>
    <message>
        <source>Check the api_id and api_secret in the settings.</source>
        <translation>请在设置中检查 api_id 和 api_secret。</translation>
    </message>
    <message>
        <source>Account expired</source>
        <translation>账户已过期</translation>
    </message>
    <message>
        <source>The account&apos;s key has expired.</source>
        <translation>该账户的密钥已过期。</translation>
    </message>
    <message>
        <source>Contact the account administrator to renew the key.</source>
        <translation>请联系账户管理员续期密钥。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>The account sent more calls per second than its limit allows; VerifyDesk retried a few times with increasing pauses.</source>
        <translation>该账户每秒调用次数超出限制；VerifyDesk 已按逐渐加长的间隔重试了几次。</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for a higher rate limit.</source>
        <translation>请稍候再试，或申请提高调用频率上限。</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>This account may not call the verification API.</source>
        <translation>该账户无权调用核验接口。</translation>
    </message>
    <message>
        <source>Ask the account administrator to enable liveness selfie verification.</source>
        <translation>请联系账户管理员开通活体自拍核验。</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>调用额度已用完</translation>
    </message>
    <message>
        <source>The account&apos;s call quota is used up.</source>
        <translation>该账户的调用额度已用完。</translation>
    </message>
    <message>
        <source>Ask the account administrator to add quota.</source>
        <translation>请联系账户管理员增加额度。</translation>
    </message>
    <message>
        <source>Wrong endpoint path</source>
        <translation>接口路径错误</translation>
    </message>
    <message>
        <source>The server does not know the verification path at this endpoint.</source>
        <translation>该接口地址上的服务器不认识核验接口路径。</translation>
    </message>
    <message>
        <source>Check the endpoint URL in the settings: give the base URL only, without /identity/….</source>
        <translation>请在设置中检查接口地址：只填写基础 URL，不要包含 /identity/…。</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation>服务器处理请求时出错。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, report the request_id to the provider.</source>
        <translation>请稍后重试；如问题持续，请将 request_id 报告给服务提供方。</translation>
    </message>
    <message>
        <source>Unknown API status %1</source>
        <translation>未知的接口状态 %1</translation>
    </message>
    <message>
        <source>The server answered with a status VerifyDesk does not know.</source>
        <translation>服务器返回了 VerifyDesk 不认识的状态。</translation>
    </message>
    <message>
        <source>Report the status and the request_id to the provider.</source>
        <translation>请将该状态和 request_id 报告给服务提供方。</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved (DNS failure).</source>
        <translation>无法解析接口地址的主机名（DNS 失败）。</translation>
    </message>
    <message>
        <source>Check the endpoint URL and the network or DNS settings.</source>
        <translation>请检查接口地址以及网络或 DNS 设置。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at that address and port.</source>
        <translation>服务器拒绝连接：该地址和端口上没有服务在监听。</translation>
    </message>
    <message>
        <source>Check the endpoint URL and port, and that the server is running.</source>
        <translation>请检查接口地址和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>连接被关闭</translation>
    </message>
    <message>
        <source>The server or a network device closed the connection before answering.</source>
        <translation>服务器或网络设备在应答之前关闭了连接。</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check proxies and firewalls between you and the server.</source>
        <translation>请重试；如反复出现，请检查你与服务器之间的代理和防火墙。</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>No data moved between VerifyDesk and the server for longer than the transfer timeout, so the request was stopped.</source>
        <translation>VerifyDesk 与服务器之间超过传输超时时间没有任何数据往来，因此请求已停止。</translation>
    </message>
    <message>
        <source>Check the network connection and try again, or raise the timeout in the settings.</source>
        <translation>请检查网络连接后重试，或在设置中调大超时时间。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed or its certificate was not trusted. VerifyDesk never ignores certificate errors.</source>
        <translation>与服务器的 TLS 握手失败，或其证书不受信任。VerifyDesk 从不忽略证书错误。</translation>
    </message>
    <message>
        <source>Check the endpoint URL (https only where the server speaks TLS); for a corporate certificate authority, add its CA bundle in the settings.</source>
        <translation>请检查接口地址（仅在服务器支持 TLS 时使用 https）；如使用企业证书颁发机构，请在设置中添加其 CA 证书包。</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>代理失败</translation>
    </message>
    <message>
        <source>The proxy server could not be used for the request.</source>
        <translation>无法通过代理服务器发送请求。</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or turn off the proxy in the settings.</source>
        <translation>请检查系统代理设置，或在设置中关闭代理。</translation>
    </message>
    <message>
        <source>Network unavailable</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>The request failed because of a network error.</source>
        <translation>请求因网络错误而失败。</translation>
    </message>
    <message>
        <source>Check the network connection and try again; the details name the error.</source>
        <translation>请检查网络连接后重试；详细信息中列出了具体错误。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>请求在收到应答之前被取消。</translation>
    </message>
    <message>
        <source>Press Verify to send it again.</source>
        <translation>按“核验”重新发送。</translation>
    </message>
    <message>
        <source>Web page instead of an answer</source>
        <translation>收到网页而非接口应答</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP %1), typically from a proxy, captive portal or gateway, not from the verification API.</source>
        <translation>服务器返回了一个网页（HTTP %1），通常来自代理、网络登录页或网关，而非核验接口。</translation>
    </message>
    <message>
        <source>Check the endpoint URL and any proxy or network login page.</source>
        <translation>请检查接口地址，以及代理或网络登录页面。</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>空应答</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>服务器返回 HTTP %1，但内容为空。</translation>
    </message>
    <message>
        <source>Check the endpoint URL; try again later.</source>
        <translation>请检查接口地址；稍后重试。</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>无法读取的应答</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) is not JSON.</source>
        <translation>服务器的应答（HTTP %1）不是 JSON。</translation>
    </message>
    <message>
        <source>Check that the endpoint is the verification API.</source>
        <translation>请确认该接口地址是核验接口。</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>意外的应答</translation>
    </message>
    <message>
        <source>The server&apos;s JSON answer (HTTP %1) does not follow the API: a status or a score is missing or invalid.</source>
        <translation>服务器的 JSON 应答（HTTP %1）不符合接口规范：缺少状态或分数，或取值无效。</translation>
    </message>
    <message>
        <source>Check that the endpoint is the verification API; report the request_id to the provider.</source>
        <translation>请确认该接口地址是核验接口；并将 request_id 报告给服务提供方。</translation>
    </message>
    <message>
        <source>Server temporarily unavailable</source>
        <translation>服务器暂时不可用</translation>
    </message>
    <message>
        <source>A gateway answered HTTP %1: the verification service is unreachable or overloaded. VerifyDesk retried a few times with increasing pauses.</source>
        <translation>网关返回 HTTP %1：核验服务无法访问或负载过高。VerifyDesk 已按逐渐加长的间隔重试了几次。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>意外的重定向</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere (HTTP %1); VerifyDesk does not follow redirects with your credentials.</source>
        <translation>服务器将请求重定向到别处（HTTP %1）；VerifyDesk 不会带着你的凭据跟随重定向。</translation>
    </message>
    <message>
        <source>Enter the final endpoint URL in the settings.</source>
        <translation>请在设置中填写最终的接口地址。</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>服务器的应答违反了 HTTP 协议。</translation>
    </message>
    <message>
        <source>Check the endpoint URL and any proxy in between.</source>
        <translation>请检查接口地址以及中间的代理。</translation>
    </message>
    <message>
        <source>No endpoint</source>
        <translation>未设置接口地址</translation>
    </message>
    <message>
        <source>No endpoint URL is set.</source>
        <translation>尚未设置接口地址。</translation>
    </message>
    <message>
        <source>Enter the endpoint in the settings, e.g. https://cloudapi.linkface.cn.</source>
        <translation>请在设置中填写接口地址，例如 https://cloudapi.linkface.cn。</translation>
    </message>
    <message>
        <source>Invalid endpoint</source>
        <translation>接口地址无效</translation>
    </message>
    <message>
        <source>The endpoint is not an http or https URL with a host name.</source>
        <translation>接口地址不是带主机名的 http 或 https URL。</translation>
    </message>
    <message>
        <source>Enter a URL such as https://cloudapi.linkface.cn.</source>
        <translation>请填写类似 https://cloudapi.linkface.cn 的 URL。</translation>
    </message>
    <message>
        <source>Endpoint must not hold credentials</source>
        <translation>接口地址中不得包含凭据</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or a query string; VerifyDesk sends credentials only in the request body.</source>
        <translation>接口地址中包含用户名或查询字符串；VerifyDesk 只在请求正文中发送凭据。</translation>
    </message>
    <message>
        <source>Remove everything after the path and any user@ part from the endpoint.</source>
        <translation>请删除接口地址中路径之后的所有内容以及 user@ 部分。</translation>
    </message>
    <message>
        <source>No api_id</source>
        <translation>未设置 api_id</translation>
    </message>
    <message>
        <source>The api_id is not set.</source>
        <translation>尚未设置 api_id。</translation>
    </message>
    <message>
        <source>Enter the api_id in the settings.</source>
        <translation>请在设置中填写 api_id。</translation>
    </message>
    <message>
        <source>No api_secret</source>
        <translation>未设置 api_secret</translation>
    </message>
    <message>
        <source>The api_secret is not set or could not be read.</source>
        <translation>尚未设置 api_secret，或无法读取。</translation>
    </message>
    <message>
        <source>Enter the api_secret in the settings.</source>
        <translation>请在设置中填写 api_secret。</translation>
    </message>
    <message>
        <source>No selfie</source>
        <translation>没有自拍照</translation>
    </message>
    <message>
        <source>No selfie was given.</source>
        <translation>未提供自拍照。</translation>
    </message>
    <message>
        <source>Give a selfie as a file, a URL or an image id.</source>
        <translation>请以文件、URL 或 image id 的方式提供自拍照。</translation>
    </message>
    <message>
        <source>No liveness data</source>
        <translation>没有活体数据</translation>
    </message>
    <message>
        <source>No liveness data was given.</source>
        <translation>未提供活体数据。</translation>
    </message>
    <message>
        <source>Give the liveness data as a file, a URL or a liveness data id.</source>
        <translation>请以文件、URL 或 liveness data id 的方式提供活体数据。</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>An input file</source>
        <translation>某个输入文件</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may read it.</source>
        <translation>请确认文件仍然存在，且你有读取权限。</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>URL 无效</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>An input URL</source>
        <translation>某个输入 URL</translation>
    </message>
    <message>
        <source>Enter a full URL starting with http:// or https://.</source>
        <translation>请填写以 http:// 或 https:// 开头的完整 URL。</translation>
    </message>
    <message>
        <source>Empty id</source>
        <translation>id 为空</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>An input id</source>
        <translation>某个输入 id</translation>
    </message>
    <message>
        <source>Enter the id the server returned earlier.</source>
        <translation>请填写服务器此前返回的 id。</translation>
    </message>
    <message>
        <source>CA bundle cannot be used</source>
        <translation>CA 证书包无法使用</translation>
    </message>
    <message>
        <source>The CA bundle file holds no readable PEM certificate: %1</source>
        <translation>CA 证书包文件中没有可读的 PEM 证书：%1</translation>
    </message>
    <message>
        <source>Choose a PEM file with the certificate authority, or clear the setting.</source>
        <translation>请选择包含证书颁发机构的 PEM 文件，或清空该设置。</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>请求失败。</translation>
    </message>
    <message>
        <source>Try again; the details name the error.</source>
        <translation>请重试；详细信息中列出了具体错误。</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>服务器给出的原因：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request_id %1</source>
        <translation>request_id %1</translation>
    </message>
    <message>
        <source>the selfie file</source>
        <translation>自拍照文件</translation>
    </message>
    <message>
        <source>the selfie URL</source>
        <translation>自拍照 URL</translation>
    </message>
    <message>
        <source>the selfie image id</source>
        <translation>自拍照 image id</translation>
    </message>
    <message>
        <source>the liveness data file</source>
        <translation>活体数据文件</translation>
    </message>
    <message>
        <source>the liveness data URL</source>
        <translation>活体数据 URL</translation>
    </message>
    <message>
        <source>the liveness data id</source>
        <translation>活体数据 id</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot;</source>
        <translation>输入“%1”</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>Every scoring worker of the server is busy and its queue is full. VerifyDesk retried a few times with increasing pauses.</source>
        <translation>服务器的所有评分工作线程都在忙，且队列已满。VerifyDesk 已按逐渐加长的间隔重试了几次。</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, ask the server&apos;s operator for more scoring workers.</source>
        <translation>请稍后再试；如果反复出现，请让服务器的管理员增加评分工作线程。</translation>
    </message>
    <message>
        <source>Check the network connection and try again, or give a longer --timeout.</source>
        <translation>请检查网络连接后重试，或给出更长的 --timeout。</translation>
    </message>
    <message>
        <source>Check the endpoint URL (https only where the server speaks TLS); for a corporate certificate authority, add its CA bundle in the desktop app&apos;s settings, which verifydesk verify uses too.</source>
        <translation>请检查端点 URL（仅在服务器支持 TLS 时使用 https）；如使用企业证书颁发机构，请在桌面应用的设置中添加其 CA 证书包，verifydesk verify 也使用这些设置。</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or turn off the proxy in the desktop app&apos;s settings, which verifydesk verify uses too.</source>
        <translation>请检查系统代理设置，或在桌面应用的设置中关闭代理，verifydesk verify 也使用这些设置。</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>请再次运行该命令。</translation>
    </message>
    <message>
        <source>Give the final endpoint URL with --endpoint.</source>
        <translation>请用 --endpoint 给出最终的端点 URL。</translation>
    </message>
    <message>
        <source>Give --endpoint URL, e.g. https://cloudapi.linkface.cn, or set it up in the desktop app.</source>
        <translation>请给出 --endpoint URL（例如 https://cloudapi.linkface.cn），或在桌面应用中设置。</translation>
    </message>
    <message>
        <source>Give --api-id ID, or set it up in the desktop app.</source>
        <translation>请给出 --api-id ID，或在桌面应用中设置。</translation>
    </message>
    <message>
        <source>Put the api_secret in the environment variable that verifydesk --help names, or save it in the desktop app.</source>
        <translation>请把 api_secret 放入 verifydesk --help 所列的环境变量，或在桌面应用中保存。</translation>
    </message>
    <message>
        <source>Give --selfie FILE, --selfie-url URL or --selfie-id ID.</source>
        <translation>请给出 --selfie FILE、--selfie-url URL 或 --selfie-id ID。</translation>
    </message>
    <message>
        <source>Give --liveness FILE, --liveness-url URL or --liveness-id ID.</source>
        <translation>请给出 --liveness FILE、--liveness-url URL 或 --liveness-id ID。</translation>
    </message>
    <message>
        <source>Choose another CA bundle, or clear it, in the desktop app&apos;s settings.</source>
        <translation>请在桌面应用的设置中另选 CA 证书包，或将其清除。</translation>
    </message>
    <message>
        <source>Choose a smaller file, or downscale the selfie first (&quot;Fit to limits&quot; in the desktop app writes a copy within the limits).</source>
        <translation>请选择更小的文件，或先缩小自拍照（桌面应用的“适配限制”会写出一份符合限制的副本）。</translation>
    </message>
    <message>
        <source>Use a sharp, well-lit, frontal photo with the whole face visible; try --auto-rotate if the face is sideways.</source>
        <translation>请使用清晰、光线充足、正面且露出整张脸的照片；如果人脸是侧向的，请尝试 --auto-rotate。</translation>
    </message>
    <message>
        <source>Convert the image to JPG or PNG within the limits (&quot;Fit to limits&quot; in the desktop app does it).</source>
        <translation>请把图像转换为符合限制的 JPG 或 PNG（桌面应用的“适配限制”可以完成）。</translation>
    </message>
    <message>
        <source>Check the api_id (--api-id) and the api_secret.</source>
        <translation>请检查 api_id（--api-id）和 api_secret。</translation>
    </message>
    <message>
        <source>Check --endpoint: give the base URL only, without /identity/….</source>
        <translation>请检查 --endpoint：只给出基础 URL，不带 /identity/……。</translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by a certificate authority VerifyDesk does not trust, so nothing was sent.</source>
        <translation>服务器证书由 VerifyDesk 不信任的证书颁发机构签发，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>For a corporate or test certificate authority, add its CA bundle in the settings; otherwise check the endpoint URL.</source>
        <translation>如为企业或测试用证书颁发机构，请在设置中添加其 CA 证书包；否则请检查端点 URL。</translation>
    </message>
    <message>
        <source>Self-signed server certificate</source>
        <translation>服务器证书为自签名</translation>
    </message>
    <message>
        <source>The server presented a self-signed certificate that no trusted certificate authority vouches for, so nothing was sent.</source>
        <translation>服务器出示的是自签名证书，没有任何受信任的证书颁发机构为其担保，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>If you run this server yourself, add its certificate as the CA bundle in the settings; otherwise do not trust it.</source>
        <translation>如果该服务器由您自己运行，请在设置中将其证书添加为 CA 证书包；否则请不要信任它。</translation>
    </message>
    <message>
        <source>Server certificate expired</source>
        <translation>服务器证书已过期</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired (or is not valid yet), so nothing was sent.</source>
        <translation>服务器证书已过期（或尚未生效），因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; otherwise the server&apos;s operator must renew the certificate.</source>
        <translation>请检查本机的日期和时间；否则需由服务器运维方更新证书。</translation>
    </message>
    <message>
        <source>Certificate is for another host</source>
        <translation>证书属于其他主机</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not name the host of the endpoint URL, so nothing was sent.</source>
        <translation>服务器证书中没有端点 URL 的主机名，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the endpoint URL.</source>
        <translation>请在端点 URL 中使用证书所签发的主机名。</translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation>请求耗时过长</translation>
    </message>
    <message>
        <source>%1 VerifyDesk stopped the request at its deadline.</source>
        <translation>%1 VerifyDesk 已在截止时间停止该请求。</translation>
    </message>
    <message>
        <source>Try again later, or raise the overall timeout in the settings.</source>
        <translation>请稍后重试，或在设置中调高总超时时间。</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>应答过大</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) grew past 1 MiB; the API&apos;s answers are a few hundred bytes, so VerifyDesk stopped reading it.</source>
        <translation>服务器的应答（HTTP %1）超过了 1 MiB；API 的应答只有几百字节，因此 VerifyDesk 停止了读取。</translation>
    </message>
    <message>
        <source>Ambiguous answer</source>
        <translation>应答有歧义</translation>
    </message>
    <message>
        <source>The server&apos;s answer gives &quot;%1&quot; more than once, so which value counts is ambiguous; VerifyDesk does not guess.</source>
        <translation>服务器的应答多次给出“%1”，无法确定以哪个值为准；VerifyDesk 不做猜测。</translation>
    </message>
    <message>
        <source>Try again later, or give a longer --timeout.</source>
        <translation>请稍后重试，或给出更长的 --timeout。</translation>
    </message>
</context>
<context>
    <name>FilmStrip</name>
    <message>
        <source>#%1 · %2 ms</source>
        <translation>#%1 · %2 毫秒</translation>
    </message>
    <message>
        <source>Frame %1 cannot be decoded as an image.</source>
        <translation>第 %1 帧无法解码为图片。</translation>
    </message>
    <message>
        <source>Frame %1: %2 × %3 pixels, %4 bytes, at %5 ms</source>
        <translation>第 %1 帧：%2 × %3 像素，%4 字节，位于 %5 毫秒</translation>
    </message>
    <message>
        <source>Faces the engine found in this frame: %1</source>
        <translation>引擎在此帧中找到的人脸数：%1</translation>
    </message>
    <message>
        <source>Cues that refer to this frame: %1</source>
        <translation>涉及此帧的线索：%1</translation>
    </message>
</context>
<context>
    <name>FramePlayer</name>
    <message>
        <source>◀ Step</source>
        <translation>◀ 上一帧</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧（←）</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>下一帧 ▶</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧（→）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause at the recorded timestamps (Space)</source>
        <translation>按记录的时间戳播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>No frames to play.</source>
        <translation>没有可播放的帧。</translation>
    </message>
    <message>
        <source>Frame %1 of %2 · %3 ms</source>
        <translation>第 %1 帧，共 %2 帧 · %3 毫秒</translation>
    </message>
    <message>
        <source>Frame %1 cannot be decoded as an image.</source>
        <translation>第 %1 帧无法解码为图像。</translation>
    </message>
    <message>
        <source>The clip cannot be written to a private temporary file.</source>
        <translation>无法将视频片段写入私有临时文件。</translation>
    </message>
    <message>
        <source>%1 · the clip&apos;s frames as the engine decodes them</source>
        <translation>%1 · 引擎解码出的视频片段帧</translation>
    </message>
    <message>
        <source>Qt Multimedia cannot play this clip; the engine is decoding its frames…</source>
        <translation>Qt Multimedia 无法播放此视频片段，引擎正在解码其帧…</translation>
    </message>
    <message>
        <source>The clip cannot be played: %1</source>
        <translation>无法播放此视频片段：%1</translation>
    </message>
    <message>
        <source>Video · %1 of %2 ms</source>
        <translation>视频 · %1 / %2 毫秒</translation>
    </message>
    <message>
        <source>Loading the clip…</source>
        <translation>正在加载视频片段…</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Use this API base URL and save it.</source>
        <translation>使用此接口基础 URL 并保存。</translation>
    </message>
    <message>
        <source>Use this api_id and save it.</source>
        <translation>使用此 api_id 并保存。</translation>
    </message>
    <message>
        <source>A selfie and/or a liveness data file.</source>
        <translation>自拍照文件和/或活体数据文件。</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>history: records from this day (YYYY-MM-DD) or time (ISO 8601) on.</source>
        <translation>history：从该日期（YYYY-MM-DD）或时间（ISO 8601）起的记录。</translation>
    </message>
    <message>
        <source>history: records up to this day (inclusive) or before this time.</source>
        <translation>history：截至该日期（含当天）或该时间之前的记录。</translation>
    </message>
    <message>
        <source>history: only records with this verdict: same, different, attack or error.</source>
        <translation>history：只列出该结论的记录：same（同一人）、different（非同一人）、attack（疑似攻击）或 error（错误）。</translation>
    </message>
    <message>
        <source>history: only records whose request_id or case reference contains this text.</source>
        <translation>history：只列出 request_id 或案件编号包含该文字的记录。</translation>
    </message>
    <message>
        <source>history: print the records as CSV.</source>
        <translation>history：以 CSV 输出记录。</translation>
    </message>
    <message>
        <source>history: check the hash chain; exit 2 at the first broken link.</source>
        <translation>history：校验哈希链；发现第一处断裂时以退出码 2 结束。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>--%1“%2”不是日期（YYYY-MM-DD）或 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>--verdict &quot;%1&quot; is not one of same, different, attack, error.</source>
        <translation>--verdict“%1”不是 same、different、attack、error 之一。</translation>
    </message>
    <message>
        <source>--csv and --json cannot be used together.</source>
        <translation>--csv 和 --json 不能同时使用。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The history&apos;s hash chain is broken: %1</source>
        <translation>历史记录的哈希链已断裂：%1</translation>
    </message>
    <message>
        <source>The history&apos;s hash chain is intact; records checked: %1.</source>
        <translation>历史记录的哈希链完整；已校验记录数：%1。</translation>
    </message>
    <message>
        <source>Records: %1.</source>
        <translation>记录数：%1。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The file %1 cannot be read to compute its SHA-256: %2</source>
        <translation>无法读取文件 %1 以计算其 SHA-256：%2</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created.</source>
        <translation>无法创建历史记录文件夹 %1。</translation>
    </message>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>The history database %1 cannot use write-ahead logging: %2</source>
        <translation>历史数据库 %1 无法使用预写日志（WAL）：%2</translation>
    </message>
    <message>
        <source>The history schema cannot be read: %1</source>
        <translation>无法读取历史记录的结构版本：%1</translation>
    </message>
    <message>
        <source>The history database was written by a newer VerifyDesk (schema %1; this version reads schema %2).</source>
        <translation>该历史数据库由更新版本的 VerifyDesk 写入（结构版本 %1；本版本只能读取结构版本 %2）。</translation>
    </message>
    <message>
        <source>The history table cannot be created: %1</source>
        <translation>无法创建历史记录表：%1</translation>
    </message>
    <message>
        <source>%1 The verification was recorded without its SHA-256.</source>
        <translation>%1 本次核验已记录，但未包含 SHA-256。</translation>
    </message>
    <message>
        <source>The verification cannot be recorded: %1</source>
        <translation>无法记录本次核验：%1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>The history cannot be exported to %1: %2</source>
        <translation>无法将历史记录导出到 %1：%2</translation>
    </message>
    <message>
        <source>The history database %1 cannot be migrated from schema %2 to schema %3: %4</source>
        <translation>无法将历史数据库 %1 从结构版本 %2 迁移到结构版本 %3：%4</translation>
    </message>
    <message>
        <source>The history&apos;s hash chain cannot be read: %1</source>
        <translation>无法读取历史记录的哈希链：%1</translation>
    </message>
    <message>
        <source>The history database %1 cannot be created: %2</source>
        <translation>无法创建历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged: %2</source>
        <translation>历史数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 The damaged file cannot be moved aside to %2.</source>
        <translation>%1无法将损坏的文件移到 %2。</translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and a new, empty history was started.</source>
        <translation>%1该文件已保留为 %2，并已新建一个空的历史记录。</translation>
    </message>
    <message>
        <source>Old history records cannot be purged: %1</source>
        <translation>无法清除过期的历史记录：%1</translation>
    </message>
    <message>
        <source>The record of the chain&apos;s ends was deleted.</source>
        <translation>记录哈希链首尾的数据已被删除。</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>第 %1 条记录在写入后被修改过。</translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it: a record before it was deleted, inserted or moved.</source>
        <translation>第 %1 条记录与前一条记录衔接不上：其前面有记录被删除、插入或移动过。</translation>
    </message>
    <message>
        <source>The newest records were deleted: the chain ends before the last record that was written.</source>
        <translation>最新的记录已被删除：哈希链在最后写入的记录之前就结束了。</translation>
    </message>
    <message>
        <source>History records older than %1 purged: %2.</source>
        <translation>已清除 %1 之前的历史记录：%2 条。</translation>
    </message>
    <message>
        <source>The copies kept in plaintext cannot be encrypted: %1</source>
        <translation>无法加密以明文保留的副本：%1</translation>
    </message>
    <message>
        <source>The input %1 cannot be kept (%2); the verification was recorded without the copy.</source>
        <translation>无法保留输入 %1（%2）；该核验已记录，但没有副本。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>Possible attack</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>verify ≥ %1, hack &gt; %2</source>
        <translation>verify ≥ %1，hack &gt; %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无结论</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>VerifyDesk: history</source>
        <translation>VerifyDesk：核验历史</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>结论(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>request_id or case reference</source>
        <translation>request_id 或案件编号</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checking the history&apos;s hash chain…</source>
        <translation>正在校验历史记录的哈希链…</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Choose a record to see its answer.</source>
        <translation>选择一条记录以查看其答复。</translation>
    </message>
    <message>
        <source>Past answer, decided on %1 %2 at verify_score ≥ %3 and hack_score &gt; %4 (status %5). It is not decided again at today&apos;s settings.</source>
        <translation>过去的答复：于 %1 %2 按 verify_score ≥ %3、hack_score &gt; %4 判定（状态 %5）。不按当前设置重新判定。</translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation>自拍照</translation>
    </message>
    <message>
        <source>Liveness data</source>
        <translation>活体数据</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: URL %2</source>
        <translation>%1：URL %2</translation>
    </message>
    <message>
        <source>%1: server id %2</source>
        <translation>%1：服务器 ID %2</translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <source>still there, unchanged</source>
        <translation>仍在，未改动</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>无法校验哈希链：%1</translation>
    </message>
    <message>
        <source>Warning: the history was changed outside VerifyDesk. The hash chain breaks at record %1: %2</source>
        <translation>警告：历史记录曾在 VerifyDesk 之外被改动。哈希链在第 %1 条记录处断开：%2</translation>
    </message>
    <message>
        <source>Export the history as JSON</source>
        <translation>将历史记录导出为 JSON</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>将历史记录导出为 CSV</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <source>Records exported: %1, to %2</source>
        <translation>已导出 %1 条记录到 %2</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>核验记录单已保存到 %1</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>重新发送(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose a recorded verification first.</source>
        <translation>请先选择一条已记录的核验。</translation>
    </message>
    <message>
        <source>The kept selfie is not an image that can be shown.</source>
        <translation>保留的自拍照不是可显示的图像。</translation>
    </message>
    <message>
        <source>Kept liveness data: %1</source>
        <translation>保留的活体数据：%1</translation>
    </message>
    <message>
        <source>The kept copy of the selfie, as it was sent</source>
        <translation>自拍照的保留副本，即当时发送的内容</translation>
    </message>
    <message>
        <source>the selfie: %1</source>
        <translation>自拍照：%1</translation>
    </message>
    <message>
        <source>the liveness data: %1</source>
        <translation>活体数据：%1</translation>
    </message>
    <message>
        <source>Loads the same inputs and the case reference into the main window; press Verify there for a new, separately recorded answer.</source>
        <translation>将相同的输入和案件编号载入主窗口；在主窗口按“核验”得到一条新的、单独记录的结果。</translation>
    </message>
    <message>
        <source>It cannot be sent again with the same inputs: %1.</source>
        <translation>无法用相同的输入重新发送：%1。</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>The inputs cannot be loaded again: %1.</source>
        <translation>无法重新载入输入：%1。</translation>
    </message>
    <message>
        <source>copy: %1</source>
        <translation>副本：%1</translation>
    </message>
    <message>
        <source>copy: kept, %1 bytes</source>
        <translation>副本：已保留，%1 字节</translation>
    </message>
    <message>
        <source>%1: %2 (%3)
SHA-256 %4
%5</source>
        <translation>%1：%2（%3）
SHA-256 %4
%5</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Past answer, recorded on %1 %2: no verdict (status %3). The history keeps the status, the HTTP status and the request_id, not the server&apos;s words or the details.</source>
        <translation>过去的答复：记录于 %1 %2，无结论（状态 %3）。历史记录只保存状态、HTTP 状态码和 request_id，不保存服务器的原话和详细信息。</translation>
    </message>
</context>
<context>
    <name>ImagePaste</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The image cannot be saved in %1: %2</source>
        <translation>无法将图片保存到 %1：%2</translation>
    </message>
    <message>
        <source>There is no image to save.</source>
        <translation>没有可保存的图片。</translation>
    </message>
    <message>
        <source>The image cannot be encoded as %1: %2</source>
        <translation>无法将图片编码为 %1：%2</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>inspect: expand nested messages at most N levels deep.</source>
        <translation>inspect：嵌套消息最多展开 N 层。</translation>
    </message>
    <message>
        <source>inspect: write the value of the field at FIELD_PATH (e.g. 6[2].1, the first field 1 of the third field 6) to the file given by -o.</source>
        <translation>inspect：将 FIELD_PATH 处字段的值（例如 6[2].1，即第三个字段 6 中的第一个字段 1）写入 -o 指定的文件。</translation>
    </message>
    <message>
        <source>inspect needs one FILE.</source>
        <translation>inspect 需要一个 FILE。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--max-depth &quot;%1&quot; is not a number of levels (0 or more).</source>
        <translation>--max-depth“%1”不是层数（0 或更大）。</translation>
    </message>
    <message>
        <source>--export-bytes FIELD_PATH and -o OUT go together.</source>
        <translation>--export-bytes FIELD_PATH 与 -o OUT 必须同时使用。</translation>
    </message>
    <message>
        <source>Error at byte %1: %2</source>
        <translation>第 %1 字节处出错：%2</translation>
    </message>
    <message>
        <source>Error at byte %1, inside field %2: %3</source>
        <translation>第 %1 字节处出错，位于字段 %2 内：%3</translation>
    </message>
    <message>
        <source>%1: %2 bytes, SHA-256 %3</source>
        <translation>%1：%2 字节，SHA-256 %3</translation>
    </message>
    <message>
        <source>No field at %1 in %2.</source>
        <translation>%2 中没有位于 %1 的字段。</translation>
    </message>
    <message>
        <source>Wrote the %1 bytes of field %2 to %3.</source>
        <translation>已将字段 %2 的 %1 字节写入 %3。</translation>
    </message>
    <message>
        <source>%1%2  @%3  %4, %5 bytes: %6</source>
        <translation>%1%2  @%3  %4，%5 字节：%6</translation>
    </message>
    <message>
        <source>Open-format capture, not a valid one: %1</source>
        <translation>开放格式采集文件，但无效：%1</translation>
    </message>
    <message>
        <source>Open-format capture: %1, motions %2, difficulty %3</source>
        <translation>开放格式采集文件：%1，动作 %2，难度 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Device: %1 %2, %3 %4</source>
        <translation>设备：%1 %2，%3 %4</translation>
    </message>
    <message>
        <source>Captured at %1 (capture id %2)</source>
        <translation>采集时间 %1（采集 id %2）</translation>
    </message>
    <message>
        <source>%1 frames over %2 ms</source>
        <translation>%2 毫秒内共 %1 帧</translation>
    </message>
    <message>
        <source>  frame %1 at %2 ms, %3, %4 bytes</source>
        <translation>  第 %1 帧，%2 毫秒，%3，%4 字节</translation>
    </message>
    <message>
        <source>inspect: compare FILE with FILE_B field by field and print the innermost differences (changed, only in A, only in B).</source>
        <translation>inspect：将 FILE 与 FILE_B 逐字段比较，并输出最内层的差异（已更改、仅在 A 中、仅在 B 中）。</translation>
    </message>
    <message>
        <source>A %1: %2 bytes; B %3: %4 bytes; %5 differences</source>
        <translation>A %1：%2 字节；B %3：%4 字节；%5 处差异</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Drop any liveness or protobuf file here (vendor files included)</source>
        <translation>将任意活体或 protobuf 文件拖放到此处（包括厂商文件）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export bytes…</source>
        <translation>导出字节(&amp;E)…</translation>
    </message>
    <message>
        <source>Decoded capture (open format)</source>
        <translation>解码后的采集内容（开放格式）</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>未打开文件。</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Inspect a file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Liveness data (*.protobuf *.bin);;All files (*)</source>
        <translation>活体数据 (*.protobuf *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 bytes), SHA-256 %4</source>
        <translation>%1 — %2（%3 字节），SHA-256 %4</translation>
    </message>
    <message>
        <source>Wire-format error at byte %1:</source>
        <translation>第 %1 字节处的线格式错误：</translation>
    </message>
    <message>
        <source>Wire-format error at byte %1, inside field %2:</source>
        <translation>第 %1 字节处的线格式错误，位于字段 %2 内：</translation>
    </message>
    <message>
        <source>Everything before it is shown.</source>
        <translation>错误之前的内容均已显示。</translation>
    </message>
    <message>
        <source>The file claims the open format but is not a valid capture: %1</source>
        <translation>该文件声称是开放格式，但不是有效的采集文件：%1</translation>
    </message>
    <message>
        <source>Output type %1 · motions %2 · difficulty %3 · device %4 · captured %5 · %6 frames over %7 ms · capture id %8</source>
        <translation>输出类型 %1 · 动作 %2 · 难度 %3 · 设备 %4 · 采集于 %5 · %7 毫秒内共 %6 帧 · 采集 id %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Select a field to see its bytes.</source>
        <translation>选择一个字段以查看其字节。</translation>
    </message>
    <message>
        <source>Field %1 (path %2), %3, tag at byte %4, value at byte %5, %6 bytes</source>
        <translation>字段 %1（路径 %2），%3，标签位于第 %4 字节，值位于第 %5 字节，共 %6 字节</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>… the first %1 of %2 bytes</source>
        <translation>… 仅显示 %2 字节中的前 %1 字节</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1，%2 × %3 像素</translation>
    </message>
    <message>
        <source>Select a field first.</source>
        <translation>请先选择一个字段。</translation>
    </message>
    <message>
        <source>Export bytes</source>
        <translation>导出字节</translation>
    </message>
    <message>
        <source>%1 clip: its first frame, decoded by verifydesk-engine</source>
        <translation>%1 视频片段：其第一帧，由 verifydesk-engine 解码</translation>
    </message>
    <message>
        <source>Decoding the clip&apos;s first frame…</source>
        <translation>正在解码视频片段的第一帧…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
</context>
<context>
    <name>KeptCopyKey</name>
    <message>
        <source>Input copies are not kept: no keyring is reachable to hold the key that encrypts them (%1).</source>
        <translation>不保留输入副本：无法连接密钥环来保存加密副本的密钥（%1）。</translation>
    </message>
    <message>
        <source>Input copies are not kept: the keyring refused their key: %1</source>
        <translation>不保留输入副本：密钥环拒绝了其密钥：%1</translation>
    </message>
    <message>
        <source>Input copies are not kept: the keyring entry of their key is not a 256-bit key.</source>
        <translation>不保留输入副本：密钥环中该密钥的条目不是 256 位密钥。</translation>
    </message>
    <message>
        <source>Input copies are not kept: %1</source>
        <translation>不保留输入副本：%1</translation>
    </message>
    <message>
        <source>Input copies are not kept: their key cannot be stored in the keyring: %1</source>
        <translation>不保留输入副本：无法将其密钥存入密钥环：%1</translation>
    </message>
    <message>
        <source>A new key for kept input copies is in the keyring.</source>
        <translation>保留输入副本的新密钥已存入密钥环。</translation>
    </message>
</context>
<context>
    <name>KeptCopyStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No key for kept copies is available, so no copy is kept.</source>
        <translation>没有保留副本的密钥，因此不保留副本。</translation>
    </message>
    <message>
        <source>The folder for kept copies %1 cannot be created or made private.</source>
        <translation>无法创建保留副本的文件夹 %1，或无法将其设为私有。</translation>
    </message>
    <message>
        <source>The kept copy %1 cannot be written: %2</source>
        <translation>无法写入保留副本 %1：%2</translation>
    </message>
    <message>
        <source>The input %1 cannot be read: %2</source>
        <translation>无法读取输入 %1：%2</translation>
    </message>
    <message>
        <source>No key for kept copies is available, so the copy cannot be read.</source>
        <translation>没有保留副本的密钥，因此无法读取该副本。</translation>
    </message>
    <message>
        <source>The kept copy %1 cannot be read: %2</source>
        <translation>无法读取保留副本 %1：%2</translation>
    </message>
    <message>
        <source>Kept copies encrypted in place: %1.</source>
        <translation>已就地加密的保留副本：%1。</translation>
    </message>
</context>
<context>
    <name>LivenessInspector</name>
    <message>
        <source>%1, not well-formed protobuf: %2</source>
        <translation>%1，不是格式正确的 protobuf：%2</translation>
    </message>
    <message>
        <source>%1, protobuf wire format with %2 top-level fields (the vendor&apos;s encrypted format or another message)</source>
        <translation>%1，protobuf 线格式，含 %2 个顶层字段（厂商的加密格式或其他消息）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>%1, VerifyDesk open capture (%2): video, motions %3, difficulty %4, %5</source>
        <translation>%1，VerifyDesk 开放格式采集（%2）：视频，动作 %3，难度 %4，%5</translation>
    </message>
    <message>
        <source>%1, VerifyDesk open capture (%2): %3 frames over %4 ms, motions %5, difficulty %6, %7</source>
        <translation>%1，VerifyDesk 开放格式采集（%2）：%3 帧，历时 %4 毫秒，动作 %5，难度 %6，%7</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is %1; only files up to %2 are inspected. It can still be sent.</source>
        <translation>文件大小为 %1；只检查不超过 %2 的文件。该文件仍可发送。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty: a liveness capture always holds data.</source>
        <translation>文件为空：活体采集文件总是包含数据的。</translation>
    </message>
    <message>
        <source>The data is %1; only up to %2 is inspected. It can still be sent.</source>
        <translation>数据大小为 %1；只检查不超过 %2 的数据。仍可发送。</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>%1, VerifyDesk open capture, but not a valid one: %2</source>
        <translation>%1，VerifyDesk 开放格式采集，但无效：%2</translation>
    </message>
</context>
<context>
    <name>LivenessPanel</name>
    <message>
        <source>Liveness data</source>
        <translation>活体数据</translation>
    </message>
    <message>
        <source>liveness_data_u&amp;rl</source>
        <translation>liveness_data_url(&amp;R)</translation>
    </message>
    <message>
        <source>liveness_&amp;data_id</source>
        <translation>liveness_data_id(&amp;D)</translation>
    </message>
    <message>
        <source>Reuse last liveness_data_id</source>
        <translation>复用上次的 liveness_data_id</translation>
    </message>
    <message>
        <source>Drop the liveness data file here
(.protobuf or any other name)</source>
        <translation>将活体数据文件拖放到这里
（.protobuf 或任意文件名）</translation>
    </message>
    <message>
        <source>Open liveness data</source>
        <translation>打开活体数据</translation>
    </message>
    <message>
        <source>Liveness data (*.protobuf *.pb *.bin);;All files (*)</source>
        <translation>活体数据 (*.protobuf *.pb *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file is not well-formed protobuf. The server will probably answer WRONG_LIVENESS_DATA, but the file can still be sent.</source>
        <translation>该文件不是格式正确的 protobuf。服务器很可能返回 WRONG_LIVENESS_DATA，但仍可发送。</translation>
    </message>
    <message>
        <source>id of an earlier answer</source>
        <translation>上次应答中的 id</translation>
    </message>
    <message>
        <source>Liveness SDK file (any e&amp;xtension)</source>
        <translation>活体 SDK 生成的文件（任意扩展名）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Reading stopped at byte %1 of %2.</source>
        <translation>读取在第 %1 字节处停止（共 %2 字节）。</translation>
    </message>
    <message>
        <source>Bytes from offset %1: %2</source>
        <translation>自偏移 %1 起的字节：%2</translation>
    </message>
    <message>
        <source>The liveness data is not readable protobuf</source>
        <translation>活体数据不是可读的 protobuf</translation>
    </message>
    <message>
        <source>This file is not what the liveness SDK writes, or it is damaged: the server will probably answer WRONG_LIVENESS_DATA.

Send it anyway?</source>
        <translation>此文件不是活体 SDK 写出的格式，或已损坏：服务器很可能应答 WRONG_LIVENESS_DATA。

仍然发送？</translation>
    </message>
    <message>
        <source>Inspec&amp;t…</source>
        <translation>检查(&amp;T)…</translation>
    </message>
    <message>
        <source>Look inside the file in the QA workbench (Ctrl+2)</source>
        <translation>在 QA 工作台中查看该文件的内部结构（Ctrl+2）</translation>
    </message>
    <message>
        <source>No file is sent: the liveness data is given as %1.</source>
        <translation>不发送文件：活体数据以 %1 给出。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>VerifyDesk: liveness and selfie verification</source>
        <translation>VerifyDesk：活体与自拍照核验</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>密钥环：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;selfie…</source>
        <translation>打开自拍照(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;liveness data…</source>
        <translation>打开活体数据(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste selfie</source>
        <translation>粘贴自拍照(&amp;P)</translation>
    </message>
    <message>
        <source>Selfie from &amp;camera…</source>
        <translation>用摄像头拍摄自拍照(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VerifyDesk</source>
        <translation>关于 VerifyDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About VerifyDesk</source>
        <translation>关于 VerifyDesk</translation>
    </message>
    <message>
        <source>VerifyDesk %1
Compares a selfie with the liveness data of the vendor&apos;s SDK through the liveness_selfie_verification API.</source>
        <translation>VerifyDesk %1
通过 liveness_selfie_verification 接口，将自拍照与厂商 SDK 记录的活体数据进行比对。</translation>
    </message>
    <message>
        <source>Endpoint: %1  api_id: %2</source>
        <translation>接口地址：%1  api_id：%2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Secret: reading the keyring…</source>
        <translation>密钥：正在读取密钥环…</translation>
    </message>
    <message>
        <source>Secret: not set (File ▸ Settings)</source>
        <translation>密钥：未设置（文件 ▸ 设置）</translation>
    </message>
    <message>
        <source>Secret: in the system keyring</source>
        <translation>密钥：保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Secret: this session only (no keyring reachable)</source>
        <translation>密钥：仅限本次运行（无法连接密钥环）</translation>
    </message>
    <message>
        <source>No api_secret</source>
        <translation>未设置 api_secret</translation>
    </message>
    <message>
        <source>There is no api_secret for %1 and api_id &quot;%2&quot;. Enter it in File ▸ Settings.</source>
        <translation>%1 的 api_id“%2”没有 api_secret。请在“文件 ▸ 设置”中填写。</translation>
    </message>
    <message>
        <source>The selfie breaks the API&apos;s rules</source>
        <translation>自拍照不符合接口规则</translation>
    </message>
    <message>
        <source>The server will probably refuse this selfie:
%1

Send it anyway?</source>
        <translation>服务器很可能拒绝这张自拍照：
%1

仍要发送吗？</translation>
    </message>
    <message>
        <source>%1: retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1：%2 秒后重试（第 %3 次，共 %4 次）。</translation>
    </message>
    <message>
        <source>Answered after %1 attempts.</source>
        <translation>经过 %1 次尝试后收到应答。</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <source>Verificatio&amp;n</source>
        <translation>核验(&amp;N)</translation>
    </message>
    <message>
        <source>Secret: from VERIFYDESK_API_SECRET, this session only</source>
        <translation>密钥：来自 VERIFYDESK_API_SECRET，仅限本次运行</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新客户(&amp;N)</translation>
    </message>
    <message>
        <source>Sending the selfie and the liveness data…</source>
        <translation>正在发送自拍照和活体数据…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer… %1 s of %2 s</source>
        <translation>正在等待服务器应答… 已 %1 秒，上限 %2 秒</translation>
    </message>
    <message>
        <source>The selfie changed after this answer.</source>
        <translation>此应答之后自拍照已更改。</translation>
    </message>
    <message>
        <source>The selfie is now given another way (file, URL or id) than for this answer.</source>
        <translation>自拍照现在的给出方式（文件、URL 或 id）与此应答时不同。</translation>
    </message>
    <message>
        <source>The liveness data changed after this answer.</source>
        <translation>此应答之后活体数据已更改。</translation>
    </message>
    <message>
        <source>The liveness data is now given another way (file, URL or id) than for this answer.</source>
        <translation>活体数据现在的给出方式（文件、URL 或 id）与此应答时不同。</translation>
    </message>
    <message>
        <source>selfie_auto_rotate changed after this answer.</source>
        <translation>此应答之后 selfie_auto_rotate 已更改。</translation>
    </message>
    <message>
        <source>Case reference (file or tic&amp;ket no.):</source>
        <translation>案件编号（卷宗或工单号）(&amp;K)：</translation>
    </message>
    <message>
        <source>optional, recorded with the verification</source>
        <translation>选填，随本次核验记录</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>核验历史(&amp;H)…</translation>
    </message>
    <message>
        <source>History lo&amp;g</source>
        <translation>核验历史(&amp;G)</translation>
    </message>
    <message>
        <source>A verification is under way: send the record again when it is done.</source>
        <translation>核验正在进行：请在完成后再重新发送该记录。</translation>
    </message>
    <message>
        <source>The inputs of a recorded verification are loaded: press Verify for a new answer, recorded separately.</source>
        <translation>已载入一条已记录核验的输入：按“核验”得到新的结果，并单独记录。</translation>
    </message>
    <message>
        <source>No history is kept, so there is no record for a receipt.</source>
        <translation>未保存核验历史，因此没有可出具记录单的记录。</translation>
    </message>
    <message>
        <source>A verification is under way.</source>
        <translation>核验正在进行。</translation>
    </message>
    <message>
        <source>No answer yet: a receipt describes a recorded answer.</source>
        <translation>尚无结果：记录单描述的是一条已记录的结果。</translation>
    </message>
    <message>
        <source>This answer was not recorded in the history, so there is no receipt for it.</source>
        <translation>此结果未写入历史，因此没有对应的记录单。</translation>
    </message>
    <message>
        <source>The inputs changed after this answer: its receipt would not describe what is on screen. Verify again.</source>
        <translation>此结果之后输入已更改：其记录单与屏幕上的内容不符。请重新核验。</translation>
    </message>
    <message>
        <source>History: the new record cannot be read back: %1</source>
        <translation>历史：无法读回新记录：%1</translation>
    </message>
    <message>
        <source>The history was started anew</source>
        <translation>已重新开始记录历史</translation>
    </message>
    <message>
        <source>%1

The earlier records are still in that file, unchanged: keep it, or give it to your administrator to recover them.</source>
        <translation>%1

之前的记录仍原封不动地保存在该文件中：请保留它，或交给管理员以便恢复。</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Operator screen</source>
        <translation>操作员界面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;QA workbench</source>
        <translation>QA 工作台(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>PreCheckPanel</name>
    <message>
        <source>Local pre-check by the reference engine, not the vendor&apos;s answer</source>
        <translation>参考引擎的本地预检，并非厂商的结果</translation>
    </message>
    <message>
        <source>&amp;Run pre-check</source>
        <translation>运行预检(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Attack evidence</source>
        <translation>攻击证据</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>hack_score %1 from VerifyDesk&apos;s reference engine: a local pre-check, not the vendor&apos;s answer.</source>
        <translation>VerifyDesk 参考引擎给出的 hack_score 为 %1：这是本地预检，并非厂商的结果。</translation>
    </message>
    <message>
        <source>Runs verifydesk-engine liveness on this capture, in a process of its own.</source>
        <translation>在独立进程中对此采集文件运行 verifydesk-engine liveness。</translation>
    </message>
    <message>
        <source>The engine is looking at the frames…</source>
        <translation>引擎正在分析各帧…</translation>
    </message>
    <message>
        <source>Analysed frames this cue refers to: %1. Select the row to highlight them.</source>
        <translation>此线索涉及的已分析帧数：%1。选中此行即可突出显示这些帧。</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
</context>
<context>
    <name>PrivateFolder</name>
    <message>
        <source>The folder %1 can be read by other users of this computer. VerifyDesk keeps its files in it private (0600) but leaves the folder as it is; make it private (chmod 700) if it holds nothing else that others need.</source>
        <translation>其他用户可以读取文件夹 %1。VerifyDesk 存放在其中的文件是私有的（0600），但不会改动该文件夹本身；若其中没有他人需要的内容，请将其设为私有（chmod 700）。</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Choose a recorded verification first.</source>
        <translation>请先选择一条已记录的核验。</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>核验记录单(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>打印记录单(&amp;P)…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>将记录单存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>保存核验记录单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>核验记录单</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Give the request_id of one recorded verification: verifydesk receipt REQUEST_ID [-o FILE.pdf].</source>
        <translation>请给出一次已记录核验的 request_id：verifydesk receipt REQUEST_ID [-o FILE.pdf]。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>No recorded verification has the request_id &quot;%1&quot;.</source>
        <translation>没有 request_id 为“%1”的核验记录。</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>记录单已写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>stored id: %1</source>
        <translation>已存储的 id：%1</translation>
    </message>
    <message>
        <source>no decision (status %1)</source>
        <translation>无判定（状态 %1）</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>live</source>
        <translation>真人</translation>
    </message>
    <message>
        <source>possible attack</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>SAME PERSON</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>NOT THE SAME PERSON</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>POSSIBLE ATTACK</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>Verification receipt</source>
        <translation>核验记录单</translation>
    </message>
    <message>
        <source>VerifyDesk %1, liveness selfie verification</source>
        <translation>VerifyDesk %1，活体自拍核验</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>same person when ≥ %1</source>
        <translation>≥ %1 判定为同一人</translation>
    </message>
    <message>
        <source>possible attack when &gt; %1</source>
        <translation>&gt; %1 判定为疑似攻击</translation>
    </message>
    <message>
        <source>Identity verdict</source>
        <translation>身份结论</translation>
    </message>
    <message>
        <source>Liveness verdict</source>
        <translation>活体结论</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation>总结论</translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation>自拍照</translation>
    </message>
    <message>
        <source>Liveness data</source>
        <translation>活体数据</translation>
    </message>
    <message>
        <source>False-accept rate table (vendor)</source>
        <translation>误识率表（厂商）</translation>
    </message>
    <message>
        <source>False-accept rate</source>
        <translation>误识率</translation>
    </message>
    <message>
        <source>On this verification</source>
        <translation>本次核验</translation>
    </message>
    <message>
        <source>decision threshold</source>
        <translation>判定阈值</translation>
    </message>
    <message>
        <source>score %1 reaches this row</source>
        <translation>分数 %1 达到此行</translation>
    </message>
    <message>
        <source>False-accept rate at the decision threshold: %1</source>
        <translation>判定阈值处的误识率：%1</translation>
    </message>
    <message>
        <source>Operator&apos;s signature:</source>
        <translation>操作员签名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Verification receipt %1</source>
        <translation>核验记录单 %1</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1.</source>
        <translation>无法将记录单写入 %1。</translation>
    </message>
</context>
<context>
    <name>RecordedInput</name>
    <message>
        <source>not kept (keeping copies was off when it was recorded)</source>
        <translation>未保留副本（记录时未开启保留副本）</translation>
    </message>
    <message>
        <source>the kept copy is gone: %1</source>
        <translation>保留的副本已不存在：%1</translation>
    </message>
    <message>
        <source>a copy is kept, but its key is not loaded: turn on keeping copies in the settings so that the key comes from the keyring</source>
        <translation>副本已保留，但其密钥未载入：请在设置中开启保留副本，以便从系统密钥环取得密钥</translation>
    </message>
    <message>
        <source>the kept copy does not have the recorded SHA-256</source>
        <translation>保留的副本与记录的 SHA-256 不符</translation>
    </message>
    <message>
        <source>it was not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>it was given as a URL or server id, not as a file</source>
        <translation>它是以 URL 或服务器 ID 提供的，而不是文件</translation>
    </message>
    <message>
        <source>%1 is no longer there and %2</source>
        <translation>%1 已不存在，且%2</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 was not recorded, so it cannot be shown to be the same file, and %2</source>
        <translation>未记录 %1 的 SHA-256，无法证明是同一文件，且%2</translation>
    </message>
    <message>
        <source>%1 has changed since (its SHA-256 differs) and %2</source>
        <translation>%1 此后已被修改（SHA-256 不同），且%2</translation>
    </message>
    <message>
        <source>the private temporary folder cannot be made</source>
        <translation>无法创建私有临时文件夹</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RecorderPage</name>
    <message>
        <source>R&amp;ecord</source>
        <translation>录制(&amp;E)</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>请眨眼</translation>
    </message>
    <message>
        <source>Open your mouth</source>
        <translation>张嘴</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>点头</translation>
    </message>
    <message>
        <source>Turn your head</source>
        <translation>摇头</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>请看向摄像头</translation>
    </message>
    <message>
        <source>Choose at least one motion: the recording lasts one prompt per motion.</source>
        <translation>请至少选择一个动作：录制时长为每个动作一次提示。</translation>
    </message>
    <message>
        <source>Recording: %1 frames kept.</source>
        <translation>正在录制：已保留 %1 帧。</translation>
    </message>
    <message>
        <source>Recording: waiting for the first frame…</source>
        <translation>正在录制：等待第一帧…</translation>
    </message>
    <message>
        <source>Motion %1 of %2</source>
        <translation>第 %1 个动作，共 %2 个</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Recording cancelled; nothing was kept.</source>
        <translation>录制已取消，未保留任何内容。</translation>
    </message>
    <message>
        <source>Nothing usable was recorded: %1</source>
        <translation>没有录制到可用的内容：%1</translation>
    </message>
    <message>
        <source>Recorded %1 frames over %2 s. Save the capture with Save as… (Ctrl+S).</source>
        <translation>已录制 %1 帧，共 %2 秒。请用“另存为…”（Ctrl+S）保存采集文件。</translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation>保存采集文件</translation>
    </message>
    <message>
        <source>Liveness captures (*.protobuf)</source>
        <translation>活体采集文件 (*.protobuf)</translation>
    </message>
    <message>
        <source>The engine encodes the frames as a video…</source>
        <translation>引擎正在将帧编码为视频…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>The live view appears here while recording.</source>
        <translation>录制时在此显示实时画面。</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>摄像头(&amp;A)：</translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation>分辨率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>开始录制(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops and keeps nothing (Esc).</source>
        <translation>停止且不保留任何内容（Esc）。</translation>
    </message>
    <message>
        <source>B&amp;uild from frames / video…</source>
        <translation>从帧或视频生成(&amp;U)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>Se&amp;nd to verification</source>
        <translation>送去核验(&amp;N)</translation>
    </message>
    <message>
        <source>Puts the saved capture into the operator screen&apos;s liveness data.</source>
        <translation>将已保存的采集文件放入操作员界面的活体数据中。</translation>
    </message>
    <message>
        <source>Recording is unavailable: no camera was found on this computer. Connect a camera, or build a capture from image files or a video with Build from frames / video…</source>
        <translation>无法录制：这台电脑上没有找到摄像头。请连接摄像头，或用“从帧或视频生成…”从图像文件或视频生成采集文件。</translation>
    </message>
    <message>
        <source>Recording is unavailable: the camera cannot be used (it may be busy in another program, or access is denied). The camera said: %1</source>
        <translation>无法录制：摄像头无法使用（可能正被其他程序占用，或没有访问权限）。摄像头的提示：%1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Choose the motions, then Start recording: the screen asks for each motion in turn with a countdown.</source>
        <translation>请选择动作，然后点击“开始录制”：屏幕会依次提示每个动作并倒计时。</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The answer has no request_id, so the provider cannot trace this verification.</source>
        <translation>应答中没有 request_id，服务提供方无法追查这次验证。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>No answer yet. Give a selfie and the liveness data, then press Verify (Ctrl+Return).</source>
        <translation>尚无应答。请提供自拍照和活体数据，然后按“核验”（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the request_id to the clipboard</source>
        <translation>将 request_id 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Failed input:</source>
        <translation>出错的输入：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 状态：</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>Possible attack</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source> (false-accept rate %1)</source>
        <translation>（误识率 %1）</translation>
    </message>
    <message>
        <source> (between table rows; false-accept rate at most %1)</source>
        <translation>（介于表中两行之间；误识率不高于 %1）</translation>
    </message>
    <message>
        <source> (below the table: no documented false-accept rate)</source>
        <translation>（低于表格范围：无公布的误识率）</translation>
    </message>
    <message>
        <source>Liveness: live (hack_score %1 ≤ %2)</source>
        <translation>活体：真人（hack_score %1 ≤ %2）</translation>
    </message>
    <message>
        <source>Liveness: possible attack (hack_score %1 &gt; %2)</source>
        <translation>活体：疑似攻击（hack_score %1 &gt; %2）</translation>
    </message>
    <message>
        <source>The hack_score threshold is not from the API page: %1 is the value the vendor&apos;s web demo uses. Change it in the settings.</source>
        <translation>hack_score 阈值并非来自接口文档：%1 是厂商网页演示使用的值。可在设置中修改。</translation>
    </message>
    <message>
        <source>(none returned)</source>
        <translation>（未返回）</translation>
    </message>
    <message>
        <source>Identity: %1. verify_score %2; decision threshold %3%4.</source>
        <translation>身份：%1。verify_score %2；判定阈值 %3%4。</translation>
    </message>
    <message>
        <source>Liveness: cannot tell (hack_score %1: the server could not judge the capture; not taken as live)</source>
        <translation>活体：无法判断（hack_score %1：服务器无法判断该采集；不视为活体）</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>新客户(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the inputs and the answer (Ctrl+N)</source>
        <translation>清空输入和应答（Ctrl+N）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>X-Request-ID sent:</source>
        <translation>发送的 X-Request-ID：</translation>
    </message>
    <message>
        <source>The server&apos;s words:</source>
        <translation>服务器的原话：</translation>
    </message>
    <message>
        <source>Answer received at %1, %2 s after Verify.</source>
        <translation>应答于 %1 收到，按下核验后 %2 秒。</translation>
    </message>
    <message>
        <source>Re-decided at verify_score %1 and hack_score %2; the server&apos;s answer is unchanged (decided at %3 and %4 when it arrived).</source>
        <translation>已按 verify_score %1 和 hack_score %2 重新判定；服务器的应答未变（收到时按 %3 和 %4 判定）。</translation>
    </message>
    <message>
        <source>Not copied: this answer is not for the inputs on screen</source>
        <translation>不复制：此应答不属于屏幕上的输入</translation>
    </message>
    <message>
        <source>Cancelled, nothing was decided</source>
        <translation>已取消，未作任何判定</translation>
    </message>
    <message>
        <source>The request was stopped before an answer arrived. Press Verify to send it again.</source>
        <translation>请求在应答到达之前已停止。按“核验”重新发送。</translation>
    </message>
    <message>
        <source>The limit is %1 s without an answer. The server may still have processed the request: give the provider the X-Request-ID below.</source>
        <translation>上限为 %1 秒内无应答。服务器可能仍已处理该请求：请把下面的 X-Request-ID 提供给服务商。</translation>
    </message>
    <message>
        <source>⚠ Not for the inputs on screen: %1 Press Verify for an answer about them.</source>
        <translation>⚠ 不属于屏幕上的输入：%1按“核验”获取针对这些输入的应答。</translation>
    </message>
    <message>
        <source>Answer received on %1 %2.</source>
        <translation>答复接收于 %1 %2。</translation>
    </message>
    <message>
        <source>⚠ Not recorded in the history: %1</source>
        <translation>⚠ 未记入历史记录：%1</translation>
    </message>
    <message>
        <source>Receipt (&amp;Q)…</source>
        <translation>核验记录单(&amp;Q)…</translation>
    </message>
    <message>
        <source>Recorded on %1 %2.</source>
        <translation>记录于 %1 %2。</translation>
    </message>
    <message>
        <source>The request was stopped before an answer arrived.</source>
        <translation>请求在应答到达之前已停止。</translation>
    </message>
</context>
<context>
    <name>SelfieCheck</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px; width and height must both be more than 8 px.</source>
        <translation>图片为 %1 × %2 像素；宽和高都必须大于 8 像素。</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px; width and height must both be at most 4000 px.</source>
        <translation>图片为 %1 × %2 像素；宽和高都不得超过 4000 像素。</translation>
    </message>
    <message>
        <source>The file is %1 bytes (%2 MiB); at most 5 MiB (5242880 bytes) is accepted.</source>
        <translation>文件为 %1 字节（%2 MiB）；最大允许 5 MiB（5242880 字节）。</translation>
    </message>
    <message>
        <source>The file is not an image in any format VerifyDesk can read.</source>
        <translation>该文件不是 VerifyDesk 能读取的任何图片格式。</translation>
    </message>
    <message>
        <source>The %1 image cannot be decoded: %2</source>
        <translation>无法解码该 %1 图片：%2</translation>
    </message>
    <message>
        <source>The JPEG file is truncated: its end-of-image marker is missing.</source>
        <translation>该 JPEG 文件被截断：缺少图像结束标记。</translation>
    </message>
    <message>
        <source>The image is %1; only JPEG, BMP, PNG, GIF and TIFF are accepted.</source>
        <translation>图片格式为 %1；只接受 JPEG、BMP、PNG、GIF 和 TIFF。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The image already meets every rule; there is nothing to fit.</source>
        <translation>图片已符合全部规则，无需适配。</translation>
    </message>
    <message>
        <source>Only an image that is too large in pixels or in bytes can be fitted; this one breaks another rule.</source>
        <translation>只有像素尺寸或文件大小超限的图片才能适配；这张图片违反了其他规则。</translation>
    </message>
    <message>
        <source>No JPEG quality and size brought the image under 5 MiB.</source>
        <translation>任何 JPEG 质量和尺寸都无法使图片小于 5 MiB。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The PNG file is damaged: a part of it claims to be longer than the file.</source>
        <translation>PNG 文件已损坏：其中一部分声称比整个文件还长。</translation>
    </message>
</context>
<context>
    <name>SelfiePanel</name>
    <message>
        <source>Selfie</source>
        <translation>自拍照</translation>
    </message>
    <message>
        <source>selfie_&amp;url</source>
        <translation>selfie_url(&amp;U)</translation>
    </message>
    <message>
        <source>selfie_image_&amp;id</source>
        <translation>selfie_image_id(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>摄像头(&amp;C)…</translation>
    </message>
    <message>
        <source>Reuse last image_id</source>
        <translation>复用上次的 image_id</translation>
    </message>
    <message>
        <source>Drop a selfie image here</source>
        <translation>将自拍照拖放到这里</translation>
    </message>
    <message>
        <source>Writes a downscaled JPEG copy that meets the API&apos;s limits; the original file is not changed.</source>
        <translation>写出一份缩小后符合接口限制的 JPEG 副本；原文件不会被修改。</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>打开自拍照</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Paste a selfie</source>
        <translation>粘贴自拍照</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy an image or an image file, then paste again.</source>
        <translation>剪贴板中没有图片。请复制一张图片或一个图片文件，然后再粘贴。</translation>
    </message>
    <message>
        <source>Fit to limits</source>
        <translation>适配限制</translation>
    </message>
    <message>
        <source>Fitted copy of %1 (JPEG quality %2); the original is unchanged.</source>
        <translation>%1 的适配副本（JPEG 质量 %2）；原文件未改动。</translation>
    </message>
    <message>
        <source>This file shows no image</source>
        <translation>该文件中没有可显示的图片</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4</source>
        <translation>%1，%2 × %3 像素，%4</translation>
    </message>
    <message>
        <source>EXIF orientation %1 applied: shown as the server will see it.</source>
        <translation>已应用 EXIF 方向 %1：按服务器所见的样子显示。</translation>
    </message>
    <message>
        <source>image_id of an earlier answer</source>
        <translation>上次应答中的 image_id</translation>
    </message>
    <message>
        <source>&amp;Selfie file (drop, open, paste or camera)</source>
        <translation>自拍照文件（拖放、打开、粘贴或摄像头）(&amp;S)</translation>
    </message>
    <message>
        <source>Fit to li&amp;mits</source>
        <translation>适配限制(&amp;M)</translation>
    </message>
    <message>
        <source>selfie_&amp;auto_rotate: let the server turn a sideways face upright</source>
        <translation>selfie_auto_rotate：由服务器把侧倒的人脸转正(&amp;A)</translation>
    </message>
    <message>
        <source>No file is sent: the selfie is given as %1.</source>
        <translation>不发送文件：自拍照以 %1 给出。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Keep copies of the input files with the history</source>
        <translation>在历史记录中保留输入文件的副本(&amp;K)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>%1 (false-accept rate %2)</source>
        <translation>%1（误识率 %2）</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy:</source>
        <translation>HTTP 代理：</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接口地址(&amp;E)：</translation>
    </message>
    <message>
        <source>api_&amp;id:</source>
        <translation>api_id(&amp;I)：</translation>
    </message>
    <message>
        <source>api_&amp;secret:</source>
        <translation>api_secret(&amp;S)：</translation>
    </message>
    <message>
        <source>No system keyring is reachable: a secret entered here is kept for this run only.</source>
        <translation>无法连接系统密钥环：在此输入的密钥只在本次运行期间保留。</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>附加 CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificates are always verified; a corporate CA can be added here.</source>
        <translation>证书始终会被校验；可在此添加企业 CA。</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address such as https://cloudapi.linkface.cn.</source>
        <translation>“%1”不是 http:// 或 https:// 地址（例如 https://cloudapi.linkface.cn）。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a query or user name; enter the base address only.</source>
        <translation>接口地址中不得包含查询字符串或用户名；请只填写基础地址。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>请填写代理的主机名。</translation>
    </message>
    <message>
        <source>Same person when &amp;verify_score ≥</source>
        <translation>verify_score ≥ 此值判定为同一人(&amp;V)</translation>
    </message>
    <message>
        <source>Possible attack when &amp;hack_score &gt;</source>
        <translation>hack_score &gt; 此值判定为疑似攻击(&amp;H)</translation>
    </message>
    <message>
        <source>The window switches to the new language at once.</source>
        <translation>窗口会立即切换到新语言。</translation>
    </message>
    <message>
        <source>The vendor recommends %1. A higher row accepts fewer impostors and rejects more genuine customers.</source>
        <translation>厂商推荐 %1。选择更高的行会放过更少的冒用者，但也会拒绝更多真实客户。</translation>
    </message>
    <message>
        <source>Not from the API page, which gives no hack_score threshold: %1 is the value the vendor&apos;s web demo uses.</source>
        <translation>此值并非来自接口文档（文档未给出 hack_score 阈值）：%1 是厂商网页演示使用的值。</translation>
    </message>
    <message>
        <source>The secret is stored in the system keyring, never in a file, separately for each endpoint.</source>
        <translation>密钥按端点分别保存在系统密钥环中，从不写入文件。</translation>
    </message>
    <message>
        <source>The keyring could not be read: %1</source>
        <translation>无法读取密钥环：%1</translation>
    </message>
    <message>
        <source>No api_secret is saved for %1 and api_id &quot;%2&quot;; enter it above to test.</source>
        <translation>没有为 %1 和 api_id“%2”保存 api_secret；请在上方输入后再测试。</translation>
    </message>
    <message>
        <source>api_secret for the new endpoint</source>
        <translation>新端点的 api_secret</translation>
    </message>
    <message>
        <source>The api_secret is stored separately for each endpoint, and none is saved for %1 with api_id &quot;%2&quot;.

Copy the api_secret saved for %3 to the new endpoint? Choose No to enter another one.</source>
        <translation>api_secret 按端点分别保存，而 %1 的 api_id“%2”尚未保存任何 api_secret。

把为 %3 保存的 api_secret 复制到新端点？选择“否”以输入另一个。</translation>
    </message>
    <message>
        <source>The api_secret could not be copied: %1</source>
        <translation>无法复制 api_secret：%1</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>必填（用于 %1）</translation>
    </message>
    <message>
        <source>The api_secret is stored separately for each endpoint. Enter the api_secret for %1, then press OK.</source>
        <translation>api_secret 按端点分别保存。请输入 %1 的 api_secret，然后按“确定”。</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>操作员姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>Recorded with every verification and printed on its receipt.</source>
        <translation>随每次核验记录，并打印在核验记录单上。</translation>
    </message>
    <message>
        <source>forever (keep every record)</source>
        <translation>永久（保留全部记录）</translation>
    </message>
    <message>
        <source>&amp;Retain the history for:</source>
        <translation>历史记录保留(&amp;R)：</translation>
    </message>
    <message>
        <source>Older records are deleted, with the copies only they used, at start and once a day; a change applies at once. The default is %1 days.</source>
        <translation>更早的记录及仅由它们使用的副本会在启动时和每天一次被删除；修改立即生效。默认为 %1 天。</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to VerifyDesk</source>
        <translation>欢迎使用 VerifyDesk</translation>
    </message>
    <message>
        <source>No system keyring is reachable: the api_secret is kept in memory for this run only and must be entered again next time. It is never written to a file.</source>
        <translation>无法连接系统密钥环：api_secret 只在本次运行期间保存在内存中，下次需要重新输入。它绝不会写入文件。</translation>
    </message>
    <message>
        <source>The api_secret is stored in the system keyring, never in a file.</source>
        <translation>api_secret 保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接口地址(&amp;E)：</translation>
    </message>
    <message>
        <source>api_&amp;id:</source>
        <translation>api_id(&amp;I)：</translation>
    </message>
    <message>
        <source>api_&amp;secret:</source>
        <translation>api_secret(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Enter both the api_id and the api_secret of your account.</source>
        <translation>请同时填写账户的 api_id 和 api_secret。</translation>
    </message>
    <message>
        <source>VerifyDesk sends a selfie and the liveness data of the vendor&apos;s SDK to the verification API. Enter the API&apos;s address and your account. The default endpoint is the vendor&apos;s cloud; a local verifydesk-server works as well, by default at %1.</source>
        <translation>VerifyDesk 把自拍照和厂商 SDK 的活体数据发送到核验 API。请输入 API 的地址和您的账号。默认端点是厂商的云服务；也可以使用本地的 verifydesk-server，默认地址为 %1。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>操作员姓名(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ThresholdTableWidget</name>
    <message>
        <source>verify_score ≥</source>
        <translation>verify_score ≥</translation>
    </message>
    <message>
        <source>False-accept rate</source>
        <translation>误识率</translation>
    </message>
    <message>
        <source>On this answer</source>
        <translation>本次应答</translation>
    </message>
    <message>
        <source>Threshold table</source>
        <translation>阈值表</translation>
    </message>
    <message>
        <source>score %1 reaches this row</source>
        <translation>分数 %1 达到此行</translation>
    </message>
    <message>
        <source>decision threshold</source>
        <translation>判定阈值</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two notes of a row</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>VerificationJob</name>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>已有 %1 秒没有数据传输。</translation>
    </message>
    <message>
        <source>The answer started but did not finish within %1 s.</source>
        <translation>应答已开始，但未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>The request was sent, but no answer started within %1 s.</source>
        <translation>请求已发送，但 %1 秒内没有开始应答。</translation>
    </message>
    <message>
        <source>The upload did not finish within %1 s (%2 of %3 bytes sent).</source>
        <translation>上传未在 %1 秒内完成（已发送 %2 / %3 字节）。</translation>
    </message>
    <message>
        <source>The server closed the connection during the upload, after %1 of %2 bytes, without answering.</source>
        <translation>服务器在上传过程中（已发送 %1 / %2 字节）关闭了连接，没有应答。</translation>
    </message>
    <message>
        <source>The server closed the connection without sending any answer.</source>
        <translation>服务器关闭了连接，没有发送任何应答。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Selfie image file to upload (selfie_file).</source>
        <translation>要上传的自拍照文件（selfie_file）。</translation>
    </message>
    <message>
        <source>Selfie URL the server downloads (selfie_url).</source>
        <translation>由服务器下载的自拍照 URL（selfie_url）。</translation>
    </message>
    <message>
        <source>image_id of a selfie stored earlier (selfie_image_id).</source>
        <translation>之前存储的自拍照的 image_id（selfie_image_id）。</translation>
    </message>
    <message>
        <source>Liveness data file of the SDK to upload (liveness_data_file).</source>
        <translation>要上传的 SDK 活体数据文件（liveness_data_file）。</translation>
    </message>
    <message>
        <source>Liveness data URL the server downloads (liveness_data_url).</source>
        <translation>由服务器下载的活体数据 URL（liveness_data_url）。</translation>
    </message>
    <message>
        <source>liveness_data_id of liveness data stored earlier.</source>
        <translation>之前存储的活体数据的 liveness_data_id。</translation>
    </message>
    <message>
        <source>Let the server turn a sideways face upright (selfie_auto_rotate=true).</source>
        <translation>由服务器把侧倒的人脸转正（selfie_auto_rotate=true）。</translation>
    </message>
    <message>
        <source>The account&apos;s api_id (default: the one set up in the desktop app).</source>
        <translation>账户的 api_id（默认：桌面程序中设置的那个）。</translation>
    </message>
    <message>
        <source>Print the API&apos;s JSON answer instead of a summary.</source>
        <translation>输出接口的 JSON 应答，而不是摘要。</translation>
    </message>
    <message>
        <source>Give exactly one selfie: --selfie FILE, --selfie-url URL or --selfie-id ID.</source>
        <translation>请恰好提供一个自拍照：--selfie FILE、--selfie-url URL 或 --selfie-id ID。</translation>
    </message>
    <message>
        <source>Give exactly one liveness input: --liveness FILE, --liveness-url URL or --liveness-id ID.</source>
        <translation>请恰好提供一个活体数据输入：--liveness FILE、--liveness-url URL 或 --liveness-id ID。</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1；%2 秒后重试（第 %3 次，共 %4 次）。</translation>
    </message>
    <message>
        <source>SAME PERSON</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>NOT THE SAME PERSON</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>POSSIBLE ATTACK</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>reaches the %1 row (false-accept rate %2)</source>
        <translation>达到 %1 这一行（误识率 %2）</translation>
    </message>
    <message>
        <source>below the lowest row of the table (0.4)</source>
        <translation>低于表中最低一行（0.4）</translation>
    </message>
    <message>
        <source>verify_score %1: %2.</source>
        <translation>verify_score %1：%2。</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>, false-accept rate %1</source>
        <translation>，误识率 %1</translation>
    </message>
    <message>
        <source>, false-accept rate at most %1</source>
        <translation>，误识率不高于 %1</translation>
    </message>
    <message>
        <source>Liveness: %1 (hack_score %2, attack above %3; this threshold is not from the API page but from the vendor&apos;s web demo).</source>
        <translation>活体：%1（hack_score %2，高于 %3 判定为攻击；该阈值并非来自接口文档，而是来自厂商网页演示）。</translation>
    </message>
    <message>
        <source>live</source>
        <translation>真人</translation>
    </message>
    <message>
        <source>possible attack</source>
        <translation>疑似攻击</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Failed input: %1</source>
        <translation>出错的输入：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Also log each request on stderr (the secret is never logged).</source>
        <translation>同时在 stderr 上记录每个请求（绝不记录密钥）。</translation>
    </message>
    <message>
        <source>Identity: %1 (decision threshold %2%3).</source>
        <translation>身份：%1（判定阈值 %2%3）。</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://cloudapi.linkface.cn (default: the one set up in the desktop app).</source>
        <translation>API 的基础 URL，例如 https://cloudapi.linkface.cn（默认：桌面应用中设置的端点）。</translation>
    </message>
    <message>
        <source>Send inputs that break a rule of the API anyway (a selfie the API refuses, liveness data that is not protobuf).</source>
        <translation>即使输入违反 API 的规则也照样发送（API 拒绝的自拍照、不是 protobuf 的活体数据）。</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds from 1 to 3600.</source>
        <translation>--timeout “%1”不是 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Give --force to send these inputs anyway.</source>
        <translation>给出 --force 可照样发送这些输入。</translation>
    </message>
    <message>
        <source>Warning (sent because of --force): %1</source>
        <translation>警告（因 --force 而发送）：%1</translation>
    </message>
    <message>
        <source>the selfie breaks a rule of the API: %1</source>
        <translation>自拍照违反 API 的规则：%1</translation>
    </message>
    <message>
        <source>verify: the operator recorded with the verification (default: the setting, else the OS user&apos;s full name); history: only this operator&apos;s records.</source>
        <translation>verify：随核验记录的操作员（默认：设置中的操作员，否则为操作系统用户的全名）；history：只列出该操作员的记录。</translation>
    </message>
    <message>
        <source>The case reference (customer file or ticket number) recorded with the verification.</source>
        <translation>随核验记录的案件编号（客户档案号或工单号）。</translation>
    </message>
    <message>
        <source>the liveness data is not well-formed protobuf (%1).</source>
        <translation>活体数据不是格式正确的 protobuf（%1）。</translation>
    </message>
    <message>
        <source>Liveness: cannot tell (hack_score %1: the server could not judge the capture, so it is not taken as live).</source>
        <translation>活体：无法判断（hack_score %1：服务器无法判断该采集，因此不视为活体）。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>End each attempt after at most this many seconds, 1 to 3600 (default: the desktop app&apos;s overall timeout, and its transfer timeout for a stall).</source>
        <translation>每次尝试最多持续这么多秒后结束，1 到 3600（默认：桌面应用的总超时；停滞时用其传输超时）。</translation>
    </message>
</context>
<context>
    <name>VideoPoster</name>
    <message>
        <source>the engine did not decode the clip within %1 s and was stopped</source>
        <translation>引擎未在 %1 秒内解码该视频片段，已被停止</translation>
    </message>
    <message>
        <source>verifydesk-engine, which decodes clips, is not installed next to VerifyDesk or on PATH</source>
        <translation>用于解码视频片段的 verifydesk-engine 未安装在 VerifyDesk 旁边，也不在 PATH 中</translation>
    </message>
    <message>
        <source>the clip has %1 bytes, more than the %2 MiB decoded for a thumbnail</source>
        <translation>该视频片段有 %1 字节，超过了缩略图解码上限 %2 MiB</translation>
    </message>
    <message>
        <source>no private temporary folder could be made for the clip</source>
        <translation>无法为该视频片段创建私有临时文件夹</translation>
    </message>
    <message>
        <source>the clip cannot be written to the private temporary folder</source>
        <translation>无法将该视频片段写入私有临时文件夹</translation>
    </message>
    <message>
        <source>verifydesk-engine could not be started: %1</source>
        <translation>无法启动 verifydesk-engine：%1</translation>
    </message>
    <message>
        <source>the engine stopped without a frame (exit code %1)</source>
        <translation>引擎未给出任何帧就停止了（退出码 %1）</translation>
    </message>
    <message>
        <source>the engine could not decode the clip: %1</source>
        <translation>引擎无法解码该视频片段：%1</translation>
    </message>
    <message>
        <source>the engine&apos;s frame cannot be read</source>
        <translation>无法读取引擎输出的帧</translation>
    </message>
    <message>
        <source>the engine&apos;s frame is not the JPEG asked for</source>
        <translation>引擎输出的帧不是所要求的 JPEG</translation>
    </message>
</context>
<context>
    <name>WireReader</name>
    <message>
        <source>Byte %1 holds field number 0, which protobuf does not allow.</source>
        <translation>第 %1 字节处的字段编号为 0，protobuf 不允许这样。</translation>
    </message>
    <message>
        <source>The data ends inside a field tag at byte %1: it is truncated.</source>
        <translation>数据在第 %1 字节处的字段标签中间结束：数据被截断。</translation>
    </message>
    <message>
        <source>The field tag at byte %1 is not a valid number.</source>
        <translation>第 %1 字节处的字段标签不是有效的数字。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 has wire type %3, which does not exist.</source>
        <translation>第 %2 字节处的字段 %1 的线类型为 %3，该类型不存在。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 ends a group that was never started.</source>
        <translation>第 %2 字节处的字段 %1 结束了一个从未开始的组。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 ends inside its number: the data is truncated.</source>
        <translation>第 %2 字节处的字段 %1 在其数字中间结束：数据被截断。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 holds a number longer than 10 bytes.</source>
        <translation>第 %2 字节处的字段 %1 含有长于 10 字节的数字。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 needs %3 bytes, but only %4 remain: the data is truncated.</source>
        <translation>第 %2 字节处的字段 %1 需要 %3 字节，但只剩 %4 字节：数据被截断。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 ends inside its length: the data is truncated.</source>
        <translation>第 %2 字节处的字段 %1 在其长度中间结束：数据被截断。</translation>
    </message>
    <message>
        <source>The length of field %1 at byte %2 is not a valid number.</source>
        <translation>第 %2 字节处的字段 %1 的长度不是有效的数字。</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 declares %3 bytes, but only %4 remain: the data is truncated.</source>
        <translation>第 %2 字节处的字段 %1 声明了 %3 字节，但只剩 %4 字节：数据被截断。</translation>
    </message>
    <message>
        <source>The group of field %1 at byte %2 is damaged, nested too deep or never closed.</source>
        <translation>第 %2 字节处的字段 %1 的组已损坏、嵌套过深或从未结束。</translation>
    </message>
</context>
<context>
    <name>WireTree</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is %1; protobuf data is at most 2 GiB.</source>
        <translation>该文件大小为 %1；protobuf 数据最大为 2 GiB。</translation>
    </message>
    <message>
        <source>The file %1 cannot be mapped: %2</source>
        <translation>无法映射文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The value cannot be read from %1.</source>
        <translation>无法从 %1 读取该值。</translation>
    </message>
    <message>
        <source>varint</source>
        <translation>变长整数</translation>
    </message>
    <message>
        <source>fixed64</source>
        <translation>64 位定长</translation>
    </message>
    <message>
        <source>length-delimited</source>
        <translation>带长度前缀</translation>
    </message>
    <message>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>fixed32</source>
        <translation>32 位定长</translation>
    </message>
    <message>
        <source>wire type %1</source>
        <translation>线类型 %1</translation>
    </message>
    <message>
        <source>%1 (signed %2)</source>
        <translation>%1（有符号 %2）</translation>
    </message>
    <message>
        <source>%1 (zigzag %2)</source>
        <translation>%1（zigzag %2）</translation>
    </message>
    <message>
        <source>%1 (double %2)</source>
        <translation>%1（double %2）</translation>
    </message>
    <message>
        <source>%1 (float %2)</source>
        <translation>%1（float %2）</translation>
    </message>
    <message>
        <source>message, %1</source>
        <translation>消息，%1</translation>
    </message>
    <message>
        <source>group, %1</source>
        <translation>组，%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>bytes, %1; read as packed varints (%2 values): %3</source>
        <translation>字节，%1；按 packed 变长整数解读（%2 个值）：%3</translation>
    </message>
    <message>
        <source>bytes, %1</source>
        <translation>字节，%1</translation>
    </message>
    <message>
        <source>cut off after %1</source>
        <translation>在 %1 后被截断</translation>
    </message>
</context>
<context>
    <name>WireTreeModel</name>
    <message>
        <source>Field path %1</source>
        <translation>字段路径 %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Wire type</source>
        <translation>线类型</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>WorkbenchWindow</name>
    <message>
        <source>VerifyDesk — QA workbench</source>
        <translation>VerifyDesk — QA 工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open file to inspect…</source>
        <translation>打开要检查的文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>检查(&amp;I)</translation>
    </message>
</context>
</TS>
