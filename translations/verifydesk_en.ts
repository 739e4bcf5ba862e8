<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchCharts</name>
    <message>
        <source>pairs</source>
        <translation>pairs</translation>
    </message>
    <message>
        <source>DET curve</source>
        <translation>DET curve</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <source>DET: FNMR against FMR (%1 thresholds with a rate of 0 cannot be drawn on log axes)</source>
        <translation>DET: FNMR against FMR (%1 thresholds with a rate of 0 cannot be drawn on log axes)</translation>
    </message>
    <message>
        <source>DET: FNMR against FMR</source>
        <translation>DET: FNMR against FMR</translation>
    </message>
    <message>
        <source>false match rate (FMR)</source>
        <translation>false match rate (FMR)</translation>
    </message>
    <message>
        <source>false non-match rate (FNMR)</source>
        <translation>false non-match rate (FNMR)</translation>
    </message>
    <message>
        <source>verify_score: expected same and expected different</source>
        <translation>verify_score: expected same and expected different</translation>
    </message>
    <message>
        <source>expected same</source>
        <translation>expected same</translation>
    </message>
    <message>
        <source>expected different</source>
        <translation>expected different</translation>
    </message>
    <message>
        <source>hack_score: genuine and attack</source>
        <translation>hack_score: genuine and attack</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>genuine</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>attack</translation>
    </message>
    <message>
        <source>Latency of %1 answers (ms)</source>
        <translation>Latency of %1 answers (ms)</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>latency (ms)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>batch: at most this many requests in flight, 1 to 64 (default 4); fewer while the server says it is overloaded.</source>
        <translation>batch: at most this many requests in flight, 1 to 64 (default 4); fewer while the server says it is overloaded.</translation>
    </message>
    <message>
        <source>batch: write the results as CSV to this file.</source>
        <translation>batch: write the results as CSV to this file.</translation>
    </message>
    <message>
        <source>batch: write the report to this file (.pdf or .json).</source>
        <translation>batch: write the report to this file (.pdf or .json).</translation>
    </message>
    <message>
        <source>batch: continue the batch of this folder or manifest where it stopped; no pair that has an answer is sent again.</source>
        <translation>batch: continue the batch of this folder or manifest where it stopped; no pair that has an answer is sent again.</translation>
    </message>
    <message>
        <source>batch needs a folder or a CSV manifest.</source>
        <translation>batch needs a folder or a CSV manifest.</translation>
    </message>
    <message>
        <source>batch takes one folder or manifest; &quot;%1&quot; is one too many.</source>
        <translation>batch takes one folder or manifest; &quot;%1&quot; is one too many.</translation>
    </message>
    <message>
        <source>--concurrency &quot;%1&quot; is not a number from 1 to %2.</source>
        <translation>--concurrency &quot;%1&quot; is not a number from 1 to %2.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a manifest file.</source>
        <translation>%1 is neither a folder nor a manifest file.</translation>
    </message>
    <message>
        <source>A batch of %1 already exists (%2): give --resume to continue it, or delete the file to start again.</source>
        <translation>A batch of %1 already exists (%2): give --resume to continue it, or delete the file to start again.</translation>
    </message>
    <message>
        <source>Resuming %1: %2 of %3 pairs already answered; %4 were in flight and are sent again.</source>
        <translation>Resuming %1: %2 of %3 pairs already answered; %4 were in flight and are sent again.</translation>
    </message>
    <message>
        <source>No batch of %1 to resume; starting one.</source>
        <translation>No batch of %1 to resume; starting one.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pairs with a problem, not sent: %1; the others are sent.</source>
        <translation>Pairs with a problem, not sent: %1; the others are sent.</translation>
    </message>
    <message>
        <source>%1% %2/%3  %4 pairs/s  elapsed %5  left %6  concurrency %7</source>
        <translation>%1% %2/%3  %4 pairs/s  elapsed %5  left %6  concurrency %7</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 pairs), %4 pairs/s, elapsed %5, left %6, concurrency %7</source>
        <translation>%1% (%2 of %3 pairs), %4 pairs/s, elapsed %5, left %6, concurrency %7</translation>
    </message>
    <message>
        <source>Batch %1: %2 pairs, %3 answered, %4 not answered (%5 with a problem).</source>
        <translation>Batch %1: %2 pairs, %3 answered, %4 not answered (%5 with a problem).</translation>
    </message>
    <message>
        <source>  status %1: %2</source>
        <translation>  status %1: %2</translation>
    </message>
    <message>
        <source>  verdict %1: %2</source>
        <translation>  verdict %1: %2</translation>
    </message>
    <message>
        <source>  as expected: %1 of %2 answered pairs with an expected outcome</source>
        <translation>  as expected: %1 of %2 answered pairs with an expected outcome</translation>
    </message>
    <message>
        <source>The batch stopped: its database cannot be written (%1). Resume it with --resume once the disk is fixed.</source>
        <translation>The batch stopped: its database cannot be written (%1). Resume it with --resume once the disk is fixed.</translation>
    </message>
    <message>
        <source>The results cannot be written to %1: %2</source>
        <translation>The results cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Results written to %1.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>The report cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
</context>
<context>
    <name>BatchImporter</name>
    <message>
        <source>pair %1</source>
        <translation>pair %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
</context>
<context>
    <name>BatchManifest</name>
    <message>
        <source>%1 is neither a folder nor a manifest file.</source>
        <translation>%1 is neither a folder nor a manifest file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>The folder %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1: a second file for the pair &quot;%2&quot;, left out.</source>
        <translation>%1: a second file for the pair &quot;%2&quot;, left out.</translation>
    </message>
    <message>
        <source>no selfie for the liveness file %1.</source>
        <translation>no selfie for the liveness file %1.</translation>
    </message>
    <message>
        <source>no liveness file for the selfie %1.</source>
        <translation>no liveness file for the selfie %1.</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read: %2</source>
        <translation>The manifest %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is empty.</source>
        <translation>The manifest %1 is empty.</translation>
    </message>
    <message>
        <source>The manifest&apos;s header has an unknown column &quot;%1&quot;; the columns are selfie, liveness, expected, device, sdk_version and note.</source>
        <translation>The manifest&apos;s header has an unknown column &quot;%1&quot;; the columns are selfie, liveness, expected, device, sdk_version and note.</translation>
    </message>
    <message>
        <source>The manifest&apos;s header names the column &quot;%1&quot; twice.</source>
        <translation>The manifest&apos;s header names the column &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>The manifest&apos;s header must name the columns selfie, liveness and expected.</source>
        <translation>The manifest&apos;s header must name the columns selfie, liveness and expected.</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 KiB; left out.</source>
        <translation>line %1 is longer than %2 KiB; left out.</translation>
    </message>
    <message>
        <source>line %1 opens a quote that is never closed.</source>
        <translation>line %1 opens a quote that is never closed.</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text.</source>
        <translation>line %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>line %1 has %2 fields where the header has %3.</source>
        <translation>line %1 has %2 fields where the header has %3.</translation>
    </message>
    <message>
        <source>the expected value &quot;%1&quot; is not same, different, attack or empty.</source>
        <translation>the expected value &quot;%1&quot; is not same, different, attack or empty.</translation>
    </message>
    <message>
        <source>no selfie given.</source>
        <translation>no selfie given.</translation>
    </message>
    <message>
        <source>no liveness data given.</source>
        <translation>no liveness data given.</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>B&amp;atch</source>
        <translation>B&amp;atch</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>a folder of pairs or a CSV manifest (selfie,liveness,expected), chosen or dropped</source>
        <translation>a folder of pairs or a CSV manifest (selfie,liveness,expected), chosen or dropped</translation>
    </message>
    <message>
        <source>Choose fol&amp;der…</source>
        <translation>Choose fol&amp;der…</translation>
    </message>
    <message>
        <source>Choose &amp;manifest…</source>
        <translation>Choose &amp;manifest…</translation>
    </message>
    <message>
        <source>&amp;Open batch database…</source>
        <translation>&amp;Open batch database…</translation>
    </message>
    <message>
        <source>Continue a batch from its .batch.sqlite file</source>
        <translation>Continue a batch from its .batch.sqlite file</translation>
    </message>
    <message>
        <source>Co&amp;ncurrency:</source>
        <translation>Co&amp;ncurrency:</translation>
    </message>
    <message>
        <source>Requests in flight at most; fewer while the server answers RATE_LIMIT_EXCEEDED or 503</source>
        <translation>Requests in flight at most; fewer while the server answers RATE_LIMIT_EXCEEDED or 503</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Requests in flight are cancelled; their pairs stay to be sent by the next Start</source>
        <translation>Requests in flight are cancelled; their pairs stay to be sent by the next Start</translation>
    </message>
    <message>
        <source>Repor&amp;t…</source>
        <translation>Repor&amp;t…</translation>
    </message>
    <message>
        <source>E&amp;xport results CSV…</source>
        <translation>E&amp;xport results CSV…</translation>
    </message>
    <message>
        <source>Problems found before sending (these pairs are not sent):</source>
        <translation>Problems found before sending (these pairs are not sent):</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>All pairs</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Answered with scores</source>
        <translation>Answered with scores</translation>
    </message>
    <message>
        <source>Answered with an error</source>
        <translation>Answered with an error</translation>
    </message>
    <message>
        <source>Not sent: a problem</source>
        <translation>Not sent: a problem</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>file, status, request_id, device or note</source>
        <translation>file, status, request_id, device or note</translation>
    </message>
    <message>
        <source>Choose a folder of pairs</source>
        <translation>Choose a folder of pairs</translation>
    </message>
    <message>
        <source>Choose a batch manifest</source>
        <translation>Choose a batch manifest</translation>
    </message>
    <message>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation>CSV manifests (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Open a batch database</source>
        <translation>Open a batch database</translation>
    </message>
    <message>
        <source>Batch databases (*.batch.sqlite);;All files (*)</source>
        <translation>Batch databases (*.batch.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Cancel the running batch before opening another.</source>
        <translation>Cancel the running batch before opening another.</translation>
    </message>
    <message>
        <source>Checking every pair of %1 before anything is sent…</source>
        <translation>Checking every pair of %1 before anything is sent…</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Continuing the batch in %1: %2 of %3 pairs already answered; %4 were in flight when it stopped and are sent again.</source>
        <translation>Continuing the batch in %1: %2 of %3 pairs already answered; %4 were in flight when it stopped and are sent again.</translation>
    </message>
    <message>
        <source>A new batch of %1 pairs, recorded in %2.</source>
        <translation>A new batch of %1 pairs, recorded in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with a problem are not sent; the others are.</source>
        <translation>
            <numerusform>%n pair with a problem is not sent; the others are.</numerusform>
            <numerusform>%n pairs with a problem are not sent; the others are.</numerusform>
        </translation>
    </message>
    <message>
        <source>pair %1: %2</source>
        <translation>pair %1: %2</translation>
    </message>
    <message>
        <source>No endpoint or api_id: set them up in the main window (File ▸ Settings).</source>
        <translation>No endpoint or api_id: set them up in the main window (File ▸ Settings).</translation>
    </message>
    <message>
        <source>The keyring could not be read (%1).</source>
        <translation>The keyring could not be read (%1).</translation>
    </message>
    <message>
        <source>No api_secret is saved for this endpoint and api_id: set it in the main window (File ▸ Settings).</source>
        <translation>No api_secret is saved for this endpoint and api_id: set it in the main window (File ▸ Settings).</translation>
    </message>
    <message>
        <source>The batch stopped: its database cannot be written (%1). Start continues it once the disk is fixed.</source>
        <translation>The batch stopped: its database cannot be written (%1). Start continues it once the disk is fixed.</translation>
    </message>
    <message>
        <source>Sending %1 pairs to %2.</source>
        <translation>Sending %1 pairs to %2.</translation>
    </message>
    <message>
        <source>Paused: no new request is sent; the ones in flight are recorded as they arrive.</source>
        <translation>Paused: no new request is sent; the ones in flight are recorded as they arrive.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Running.</translation>
    </message>
    <message>
        <source>Cancelling the requests in flight…</source>
        <translation>Cancelling the requests in flight…</translation>
    </message>
    <message>
        <source>Every pair of the batch has its answer.</source>
        <translation>Every pair of the batch has its answer.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n pair(s) not answered yet; Start sends them.</source>
        <translation>
            <numerusform>Stopped: %n pair not answered yet; Start sends it.</numerusform>
            <numerusform>Stopped: %n pairs not answered yet; Start sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>%1 of %2 pairs · %3 pairs/s · elapsed %4 · left %5 · concurrency %6 (%7 in flight)</source>
        <translation>%1 of %2 pairs · %3 pairs/s · elapsed %4 · left %5 · concurrency %6 (%7 in flight)</translation>
    </message>
    <message>
        <source>No batch open.</source>
        <translation>No batch open.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs answered</source>
        <translation>%1 of %2 pairs answered</translation>
    </message>
    <message>
        <source>Choose a pair to see its answer here; Enter or a double-click opens its liveness file in the Inspect tab.</source>
        <translation>Choose a pair to see its answer here; Enter or a double-click opens its liveness file in the Inspect tab.</translation>
    </message>
    <message>
        <source>Pair %1 has no answer yet.</source>
        <translation>Pair %1 has no answer yet.</translation>
    </message>
    <message>
        <source>Pair %1 is not sent: %2</source>
        <translation>Pair %1 is not sent: %2</translation>
    </message>
    <message>
        <source>Pair %1&apos;s liveness data is %2, not a file on this computer: there is nothing to inspect.</source>
        <translation>Pair %1&apos;s liveness data is %2, not a file on this computer: there is nothing to inspect.</translation>
    </message>
    <message>
        <source>Report of the batch %1</source>
        <translation>Report of the batch %1</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Results written to %1.</translation>
    </message>
    <message>
        <source>The results cannot be written to %1: %2</source>
        <translation>The results cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchReportView</name>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>Export report as &amp;PDF…</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>Export report as &amp;JSON…</translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation>The report cannot be written to %1.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
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
        <translation>n/a</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Judged</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Batch verification report</source>
        <translation>Batch verification report</translation>
    </message>
    <message>
        <source>VerifyDesk %1</source>
        <translation>VerifyDesk %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>%1 pairs have no answer yet: this report is partial</source>
        <translation>%1 pairs have no answer yet: this report is partial</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>same person when verify_score ≥ %1, possible attack when hack_score &gt; %2</source>
        <translation>same person when verify_score ≥ %1, possible attack when hack_score &gt; %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 pairs with an expected outcome)</source>
        <translation>%1 (%2 of %3 pairs with an expected outcome)</translation>
    </message>
    <message>
        <source>Answers by status</source>
        <translation>Answers by status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Possible attack</source>
        <translation>Possible attack</translation>
    </message>
    <message>
        <source>False accepts and false rejects</source>
        <translation>False accepts and false rejects</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Vendor FAR</source>
        <translation>Vendor FAR</translation>
    </message>
    <message>
        <source>False accepts</source>
        <translation>False accepts</translation>
    </message>
    <message>
        <source>False rejects</source>
        <translation>False rejects</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>table row</translation>
    </message>
    <message>
        <source>decision threshold</source>
        <translation>decision threshold</translation>
    </message>
    <message>
        <source>Attacks (hack_score threshold %1)</source>
        <translation>Attacks (hack_score threshold %1)</translation>
    </message>
    <message>
        <source>Attack detection rate</source>
        <translation>Attack detection rate</translation>
    </message>
    <message>
        <source>False attack rate</source>
        <translation>False attack rate</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>By device</translation>
    </message>
    <message>
        <source>By SDK version</source>
        <translation>By SDK version</translation>
    </message>
    <message>
        <source>By capture device</source>
        <translation>By capture device</translation>
    </message>
    <message>
        <source>The batch report cannot be written to %1.</source>
        <translation>The batch report cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>The batch folder %1 cannot be created.</source>
        <translation>The batch folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The batch database %1 cannot be created: %2</source>
        <translation>The batch database %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>The batch database %1 cannot be opened: %2</source>
        <translation>The batch database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The batch database %1 cannot use write-ahead logging.</source>
        <translation>The batch database %1 cannot use write-ahead logging.</translation>
    </message>
    <message>
        <source>The batch database %1 was written by a newer VerifyDesk (schema %2); it is left untouched.</source>
        <translation>The batch database %1 was written by a newer VerifyDesk (schema %2); it is left untouched.</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>not sent: a problem</source>
        <translation>not sent: a problem</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>✓ as expected</source>
        <translation>✓ as expected</translation>
    </message>
    <message>
        <source>✗ not as expected</source>
        <translation>✗ not as expected</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Selfie: %1
Liveness: %2</source>
        <translation>Selfie: %1
Liveness: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>different</source>
        <translation>different</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>attack</translation>
    </message>
</context>
<context>
    <name>BatchValidator</name>
    <message>
        <source>the selfie</source>
        <translation>the selfie</translation>
    </message>
    <message>
        <source>the liveness data</source>
        <translation>the liveness data</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1: &quot;%2&quot; is not an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>%1: the id: source is empty.</source>
        <translation>%1: the id: source is empty.</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: the file %2 does not exist.</translation>
    </message>
    <message>
        <source>%1: the file %2 cannot be read.</source>
        <translation>%1: the file %2 cannot be read.</translation>
    </message>
    <message>
        <source>the selfie %1 breaks a rule of the API: %2</source>
        <translation>the selfie %1 breaks a rule of the API: %2</translation>
    </message>
    <message>
        <source>the liveness data %1 is not well-formed protobuf (%2).</source>
        <translation>the liveness data %1 is not well-formed protobuf (%2).</translation>
    </message>
    <message>
        <source>a duplicate of an earlier pair (the same selfie and liveness data).</source>
        <translation>a duplicate of an earlier pair (the same selfie and liveness data).</translation>
    </message>
</context>
<context>
    <name>BuildCaptureDialog</name>
    <message>
        <source>Add frames</source>
        <translation>Add frames</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Choose a video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mov *.mkv)</source>
        <translation>Videos (*.mp4 *.webm *.mov *.mkv)</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Save the capture as</translation>
    </message>
    <message>
        <source>Liveness captures (*.protobuf)</source>
        <translation>Liveness captures (*.protobuf)</translation>
    </message>
    <message>
        <source>Add the frames (JPEG or PNG files) or choose a video first.</source>
        <translation>Add the frames (JPEG or PNG files) or choose a video first.</translation>
    </message>
    <message>
        <source>Choose the file to save the capture as.</source>
        <translation>Choose the file to save the capture as.</translation>
    </message>
    <message>
        <source>The engine builds the capture…</source>
        <translation>The engine builds the capture…</translation>
    </message>
    <message>
        <source>Build a capture from frames or a video</source>
        <translation>Build a capture from frames or a video</translation>
    </message>
    <message>
        <source>&amp;Frames (in capture order) or a video:</source>
        <translation>&amp;Frames (in capture order) or a video:</translation>
    </message>
    <message>
        <source>Add &amp;images…</source>
        <translation>Add &amp;images…</translation>
    </message>
    <message>
        <source>Choose a &amp;video…</source>
        <translation>Choose a &amp;video…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Take photo</translation>
    </message>
    <message>
        <source>Take a selfie with a camera</source>
        <translation>Take a selfie with a camera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Connect a camera and open this dialog again, or give the selfie as a file, a URL or an image_id.</source>
        <translation>No camera was found on this computer. Connect a camera and open this dialog again, or give the selfie as a file, a URL or an image_id.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Taking the photo…</translation>
    </message>
    <message>
        <source>The camera could not take the photo: %1</source>
        <translation>The camera could not take the photo: %1</translation>
    </message>
    <message>
        <source>The camera reported an error: %1</source>
        <translation>The camera reported an error: %1</translation>
    </message>
    <message>
        <source>Look into the camera, then press Take photo.</source>
        <translation>Look into the camera, then press Take photo.</translation>
    </message>
</context>
<context>
    <name>CaptureFile</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file is %1, over the open format&apos;s limit of %2.</source>
        <translation>The file is %1, over the open format&apos;s limit of %2.</translation>
    </message>
    <message>
        <source>The capture would not be accepted: %1</source>
        <translation>The capture would not be accepted: %1</translation>
    </message>
    <message>
        <source>The capture cannot be written to %1: %2</source>
        <translation>The capture cannot be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>CaptureMaker</name>
    <message>
        <source>The engine did not finish the capture within %1 s and was stopped.</source>
        <translation>The engine did not finish the capture within %1 s and was stopped.</translation>
    </message>
    <message>
        <source>verifydesk-engine is not installed next to VerifyDesk or on PATH, so captures cannot be built from frames or a video.</source>
        <translation>verifydesk-engine is not installed next to VerifyDesk or on PATH, so captures cannot be built from frames or a video.</translation>
    </message>
    <message>
        <source>No private temporary folder could be made for the capture: %1</source>
        <translation>No private temporary folder could be made for the capture: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>The image %1 cannot be read.</translation>
    </message>
    <message>
        <source>A frame cannot be written to %1: %2</source>
        <translation>A frame cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>verifydesk-engine could not be started: %1</source>
        <translation>verifydesk-engine could not be started: %1</translation>
    </message>
    <message>
        <source>Building the capture was cancelled.</source>
        <translation>Building the capture was cancelled.</translation>
    </message>
    <message>
        <source>The engine stopped without building the capture (exit code %1).</source>
        <translation>The engine stopped without building the capture (exit code %1).</translation>
    </message>
    <message>
        <source>The engine could not build the capture: %1</source>
        <translation>The engine could not build the capture: %1</translation>
    </message>
    <message>
        <source>The capture built cannot be made private.</source>
        <translation>The capture built cannot be made private.</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>The file %1 cannot be replaced.</translation>
    </message>
    <message>
        <source>The capture cannot be written to %1.</source>
        <translation>The capture cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>CaptureOptionsForm</name>
    <message>
        <source>“%1” is not a motion; write the motions in order, separated by commas: %2.</source>
        <translation>“%1” is not a motion; write the motions in order, separated by commas: %2.</translation>
    </message>
    <message>
        <source>Output &amp;type:</source>
        <translation>Output &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Motions:</source>
        <translation>&amp;Motions:</translation>
    </message>
    <message>
        <source>The motions asked for, in order, separated by commas: %1.</source>
        <translation>The motions asked for, in order, separated by commas: %1.</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulty:</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Frame &amp;rate:</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> frames/s</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The chart cannot be saved as %1.</source>
        <translation>The chart cannot be saved as %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>Export as PNG or SVG…</translation>
    </message>
</context>
<context>
    <name>CliAccount</name>
    <message>
        <source>No endpoint: give --endpoint URL, or set it up in the desktop app.</source>
        <translation>No endpoint: give --endpoint URL, or set it up in the desktop app.</translation>
    </message>
    <message>
        <source>--endpoint &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>--endpoint &quot;%1&quot; is not an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>No api_id: give --api-id ID, or set it up in the desktop app.</source>
        <translation>No api_id: give --api-id ID, or set it up in the desktop app.</translation>
    </message>
</context>
<context>
    <name>CliSecret</name>
    <message>
        <source>The keyring could not be read (%1). Set the environment variable %2 instead.</source>
        <translation>The keyring could not be read (%1). Set the environment variable %2 instead.</translation>
    </message>
    <message>
        <source>No api_secret for api_id &quot;%1&quot; at %2: set the environment variable %3, or save the credentials in the desktop app&apos;s settings.</source>
        <translation>No api_secret for api_id &quot;%1&quot; at %2: set the environment variable %3, or save the credentials in the desktop app&apos;s settings.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run verifydesk --help for the usage.</source>
        <translation>Run verifydesk --help for the usage.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No command given, and no display to open the window on.</source>
        <translation>No command given, and no display to open the window on.</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the one chosen in the desktop app, else the system&apos;s).</source>
        <translation>Language of the messages: %1 (default: the one chosen in the desktop app, else the system&apos;s).</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language of VerifyDesk; use zh_CN or en.</source>
        <translation>--lang &quot;%1&quot; is not a language of VerifyDesk; use zh_CN or en.</translation>
    </message>
    <message>
        <source>receipt: the PDF file to write (default: receipt-REQUEST_ID.pdf); inspect: the file --export-bytes writes.</source>
        <translation>receipt: the PDF file to write (default: receipt-REQUEST_ID.pdf); inspect: the file --export-bytes writes.</translation>
    </message>
    <message>
        <source>VerifyDesk: compares a selfie with the liveness data of the vendor&apos;s SDK through the liveness_selfie_verification API.
Without arguments it opens the desktop window.

verify exits with 0 for the same person, 1 for not the same person or a possible attack, 2 for an API error and 3 for a usage or local error.
inspect exits with 0 for a file that reads as protobuf to its end, 2 for a malformed one (printed as far as it reads) and 3 for a usage or local error.
batch exits with 0 when every pair was answered, 2 when some could not be and 3 for a usage or local error.
The api_secret is read from the environment variable VERIFYDESK_API_SECRET or from the system keyring (saved by the desktop app), never from an argument.</source>
        <translation>VerifyDesk: compares a selfie with the liveness data of the vendor&apos;s SDK through the liveness_selfie_verification API.
Without arguments it opens the desktop window.

verify exits with 0 for the same person, 1 for not the same person or a possible attack, 2 for an API error and 3 for a usage or local error.
inspect exits with 0 for a file that reads as protobuf to its end, 2 for a malformed one (printed as far as it reads) and 3 for a usage or local error.
batch exits with 0 when every pair was answered, 2 when some could not be and 3 for a usage or local error.
The api_secret is read from the environment variable VERIFYDESK_API_SECRET or from the system keyring (saved by the desktop app), never from an argument.</translation>
    </message>
    <message>
        <source>verify: send one verification request; history: list, export or check the recorded verifications; receipt REQUEST_ID: write a verification&apos;s receipt as a PDF; inspect FILE: show the protobuf wire tree of any liveness file; batch DIR|MANIFEST: verify many pairs, resumably.</source>
        <translation>verify: send one verification request; history: list, export or check the recorded verifications; receipt REQUEST_ID: write a verification&apos;s receipt as a PDF; inspect FILE: show the protobuf wire tree of any liveness file; batch DIR|MANIFEST: verify many pairs, resumably.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are verify, history, receipt, inspect and batch.</source>
        <translation>Unknown command &quot;%1&quot;; the commands are verify, history, receipt, inspect and batch.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>only in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>only in B</translation>
    </message>
    <message>
        <source>Drop file A here</source>
        <translation>Drop file A here</translation>
    </message>
    <message>
        <source>Drop file B here</source>
        <translation>Drop file B here</translation>
    </message>
    <message>
        <source>Open &amp;A…</source>
        <translation>Open &amp;A…</translation>
    </message>
    <message>
        <source>Open &amp;B…</source>
        <translation>Open &amp;B…</translation>
    </message>
    <message>
        <source>A: no file</source>
        <translation>A: no file</translation>
    </message>
    <message>
        <source>B: no file</source>
        <translation>B: no file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
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
        <translation>Capture</translation>
    </message>
    <message>
        <source>&amp;Run pre-check on both</source>
        <translation>&amp;Run pre-check on both</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The reference engine&apos;s cue values, a local pre-check, not the vendor&apos;s answer.</source>
        <translation>The reference engine&apos;s cue values, a local pre-check, not the vendor&apos;s answer.</translation>
    </message>
    <message>
        <source>Compare: file A</source>
        <translation>Compare: file A</translation>
    </message>
    <message>
        <source>Compare: file B</source>
        <translation>Compare: file B</translation>
    </message>
    <message>
        <source>Liveness data (*.protobuf *.bin);;All files (*)</source>
        <translation>Liveness data (*.protobuf *.bin);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 bytes), SHA-256 %4</source>
        <translation>%1: %2 (%3 bytes), SHA-256 %4</translation>
    </message>
    <message>
        <source>Open two files to compare them field by field.</source>
        <translation>Open two files to compare them field by field.</translation>
    </message>
    <message>
        <source>The two files are identical.</source>
        <translation>The two files are identical.</translation>
    </message>
    <message>
        <source>%1 of %2 top-level fields differ; expand a changed message to see which of its fields do.</source>
        <translation>%1 of %2 top-level fields differ; expand a changed message to see which of its fields do.</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>Output type</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Motions</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>The engine is looking at the frames of both files…</source>
        <translation>The engine is looking at the frames of both files…</translation>
    </message>
    <message>
        <source>Pre-check of %1: %2</source>
        <translation>Pre-check of %1: %2</translation>
    </message>
    <message>
        <source>%1 (evidence %2)</source>
        <translation>%1 (evidence %2)</translation>
    </message>
    <message>
        <source>Cue values by the reference engine: a local pre-check, not the vendor&apos;s answer.</source>
        <translation>Cue values by the reference engine: a local pre-check, not the vendor&apos;s answer.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <source>Connection and credentials OK: %1 answered and accepted the api_id and api_secret.</source>
        <translation>Connection and credentials OK: %1 answered and accepted the api_id and api_secret.</translation>
    </message>
    <message>
        <source>The server is reachable, but it refused the credentials: %1 (%2). %3</source>
        <translation>The server is reachable, but it refused the credentials: %1 (%2). %3</translation>
    </message>
    <message>
        <source>No connection to the verification API: %1. %2 %3</source>
        <translation>No connection to the verification API: %1. %2 %3</translation>
    </message>
    <message>
        <source>Not tested: %1. %2</source>
        <translation>Not tested: %1. %2</translation>
    </message>
    <message>
        <source>The server gave a verdict for a request without inputs: it does not behave like the verification API. Check the endpoint URL.</source>
        <translation>The server gave a verdict for a request without inputs: it does not behave like the verification API. Check the endpoint URL.</translation>
    </message>
    <message>
        <source>The server answered %1 (%2) to a request without inputs; the verification API answers %3. %4</source>
        <translation>The server answered %1 (%2) to a request without inputs; the verification API answers %3. %4</translation>
    </message>
</context>
<context>
    <name>ConnectionTestRow</name>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Test co&amp;nnection</translation>
    </message>
    <message>
        <source>Sends the api_id and api_secret without a selfie or liveness data: nobody is verified, and the answer tells whether the server is reachable and accepts the credentials.</source>
        <translation>Sends the api_id and api_secret without a selfie or liveness data: nobody is verified, and the answer tells whether the server is reachable and accepts the credentials.</translation>
    </message>
</context>
<context>
    <name>CopyCipher</name>
    <message>
        <source>The key for kept copies is not a 256-bit key.</source>
        <translation>The key for kept copies is not a 256-bit key.</translation>
    </message>
    <message>
        <source>No random key can be made for kept copies.</source>
        <translation>No random key can be made for kept copies.</translation>
    </message>
    <message>
        <source>No random nonce can be made for a kept copy.</source>
        <translation>No random nonce can be made for a kept copy.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the kept copy.</source>
        <translation>OpenSSL could not encrypt the kept copy.</translation>
    </message>
    <message>
        <source>The file is not an encrypted kept copy.</source>
        <translation>The file is not an encrypted kept copy.</translation>
    </message>
    <message>
        <source>The kept copy is cut short (%1 bytes).</source>
        <translation>The kept copy is cut short (%1 bytes).</translation>
    </message>
    <message>
        <source>The kept copy has format %1, which this version cannot read.</source>
        <translation>The kept copy has format %1, which this version cannot read.</translation>
    </message>
    <message>
        <source>The kept copy was encrypted with another key.</source>
        <translation>The kept copy was encrypted with another key.</translation>
    </message>
    <message>
        <source>OpenSSL could not decrypt the kept copy.</source>
        <translation>OpenSSL could not decrypt the kept copy.</translation>
    </message>
    <message>
        <source>The kept copy has been altered or damaged: its authentication tag does not match.</source>
        <translation>The kept copy has been altered or damaged: its authentication tag does not match.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Access to the keyring was refused: %1</source>
        <translation>Access to the keyring was refused: %1</translation>
    </message>
    <message>
        <source>The keyring denied access: %1</source>
        <translation>The keyring denied access: %1</translation>
    </message>
    <message>
        <source>The secret could not be deleted from the keyring: %1</source>
        <translation>The secret could not be deleted from the keyring: %1</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>The keyring reported an error: %1</translation>
    </message>
    <message>
        <source>No system keyring is reachable (%1). The API secret is kept in memory for this session only and must be entered again after VerifyDesk restarts; it is never written to a file.</source>
        <translation>No system keyring is reachable (%1). The API secret is kept in memory for this session only and must be entered again after VerifyDesk restarts; it is never written to a file.</translation>
    </message>
</context>
<context>
    <name>EngineCheck</name>
    <message>
        <source>The engine did not answer within %1 s and was stopped.</source>
        <translation>The engine did not answer within %1 s and was stopped.</translation>
    </message>
    <message>
        <source>verifydesk-engine is not installed next to VerifyDesk or on PATH, so the local pre-check cannot run.</source>
        <translation>verifydesk-engine is not installed next to VerifyDesk or on PATH, so the local pre-check cannot run.</translation>
    </message>
    <message>
        <source>verifydesk-engine could not be started: %1</source>
        <translation>verifydesk-engine could not be started: %1</translation>
    </message>
    <message>
        <source>The pre-check was cancelled.</source>
        <translation>The pre-check was cancelled.</translation>
    </message>
    <message>
        <source>The engine stopped without an answer (exit code %1).</source>
        <translation>The engine stopped without an answer (exit code %1).</translation>
    </message>
    <message>
        <source>The engine refused the file: %1</source>
        <translation>The engine refused the file: %1</translation>
    </message>
    <message>
        <source>The engine&apos;s answer is not the liveness JSON VerifyDesk expects.</source>
        <translation>The engine&apos;s answer is not the liveness JSON VerifyDesk expects.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Text encoding error</source>
        <translation>Text encoding error</translation>
    </message>
    <message>
        <source>The server could not read a parameter because it is not UTF-8 text.</source>
        <translation>The server could not read a parameter because it is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Check the api_id, the URLs and the ids for unusual characters, then try again.</source>
        <translation>Check the api_id, the URLs and the ids for unusual characters, then try again.</translation>
    </message>
    <message>
        <source>Download timed out</source>
        <translation>Download timed out</translation>
    </message>
    <message>
        <source>The server timed out fetching %1 from its URL.</source>
        <translation>The server timed out fetching %1 from its URL.</translation>
    </message>
    <message>
        <source>an input given as a URL</source>
        <translation>an input given as a URL</translation>
    </message>
    <message>
        <source>Make sure the URL is reachable from the server and responds quickly, or upload the file instead.</source>
        <translation>Make sure the URL is reachable from the server and responds quickly, or upload the file instead.</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download failed</translation>
    </message>
    <message>
        <source>The server could not fetch %1 from its URL.</source>
        <translation>The server could not fetch %1 from its URL.</translation>
    </message>
    <message>
        <source>Check that the URL is correct and publicly reachable, or upload the file instead.</source>
        <translation>Check that the URL is correct and publicly reachable, or upload the file instead.</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>Image too large</translation>
    </message>
    <message>
        <source>%1 is larger than the server accepts (at most 5 MB for a selfie).</source>
        <translation>%1 is larger than the server accepts (at most 5 MB for a selfie).</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>An image</translation>
    </message>
    <message>
        <source>Use &quot;Fit to limits&quot; to downscale the selfie, or choose a smaller file.</source>
        <translation>Use &quot;Fit to limits&quot; to downscale the selfie, or choose a smaller file.</translation>
    </message>
    <message>
        <source>Unknown image id</source>
        <translation>Unknown image id</translation>
    </message>
    <message>
        <source>The server has no stored image for the id given as %1.</source>
        <translation>The server has no stored image for the id given as %1.</translation>
    </message>
    <message>
        <source>an id given in the request</source>
        <translation>an id given in the request</translation>
    </message>
    <message>
        <source>Check the id, or upload the selfie again to get a new image_id.</source>
        <translation>Check the id, or upload the selfie again to get a new image_id.</translation>
    </message>
    <message>
        <source>No face found</source>
        <translation>No face found</translation>
    </message>
    <message>
        <source>The server found no face in %1.</source>
        <translation>The server found no face in %1.</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>an image</translation>
    </message>
    <message>
        <source>Use a sharp, well-lit, frontal photo with the whole face visible; try &quot;Auto-rotate&quot; if the face is sideways.</source>
        <translation>Use a sharp, well-lit, frontal photo with the whole face visible; try &quot;Auto-rotate&quot; if the face is sideways.</translation>
    </message>
    <message>
        <source>Damaged image</source>
        <translation>Damaged image</translation>
    </message>
    <message>
        <source>%1 is not an image, or it is damaged.</source>
        <translation>%1 is not an image, or it is damaged.</translation>
    </message>
    <message>
        <source>An input</source>
        <translation>An input</translation>
    </message>
    <message>
        <source>Open the file in an image viewer to check it, or choose another file.</source>
        <translation>Open the file in an image viewer to check it, or choose another file.</translation>
    </message>
    <message>
        <source>Image format or size not allowed</source>
        <translation>Image format or size not allowed</translation>
    </message>
    <message>
        <source>%1 has a format or dimensions the server does not accept (JPG, BMP, PNG, GIF or TIFF, more than 8 and at most 4000 pixels per side).</source>
        <translation>%1 has a format or dimensions the server does not accept (JPG, BMP, PNG, GIF or TIFF, more than 8 and at most 4000 pixels per side).</translation>
    </message>
    <message>
        <source>Convert the image to JPG or PNG, or use &quot;Fit to limits&quot;.</source>
        <translation>Convert the image to JPG or PNG, or use &quot;Fit to limits&quot;.</translation>
    </message>
    <message>
        <source>Liveness data not accepted</source>
        <translation>Liveness data not accepted</translation>
    </message>
    <message>
        <source>The server cannot read the liveness data, or it is invalid.</source>
        <translation>The server cannot read the liveness data, or it is invalid.</translation>
    </message>
    <message>
        <source>Send the file exactly as the liveness SDK wrote it; record a new capture if it was damaged.</source>
        <translation>Send the file exactly as the liveness SDK wrote it; record a new capture if it was damaged.</translation>
    </message>
    <message>
        <source>Invalid request parameters</source>
        <translation>Invalid request parameters</translation>
    </message>
    <message>
        <source>The server rejected the request parameters.</source>
        <translation>The server rejected the request parameters.</translation>
    </message>
    <message>
        <source>Give exactly one selfie and one liveness source, and check the values.</source>
        <translation>Give exactly one selfie and one liveness source, and check the values.</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Wrong credentials</translation>
    </message>
    <message>
        <source>The server did not accept the api_id or api_secret.</source>
        <translation>The server did not accept the api_id or api_secret.</translation>
    </message>
    <message>
        <source>Check the api_id and api_secret in the settings.</source>
        <translation>Check the api_id and api_secret in the settings.</translation>
    </message>
    <message>
        <source>Account expired</source>
        <translation>Account expired</translation>
    </message>
    <message>
        <source>The account&apos;s key has expired.</source>
        <translation>The account&apos;s key has expired.</translation>
    </message>
    <message>
        <source>Contact the account administrator to renew the key.</source>
        <translation>Contact the account administrator to renew the key.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>The account sent more calls per second than its limit allows; VerifyDesk retried a few times with increasing pauses.</source>
        <translation>The account sent more calls per second than its limit allows; VerifyDesk retried a few times with increasing pauses.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or ask for a higher rate limit.</source>
        <translation>Wait a moment and try again, or ask for a higher rate limit.</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>No permission</translation>
    </message>
    <message>
        <source>This account may not call the verification API.</source>
        <translation>This account may not call the verification API.</translation>
    </message>
    <message>
        <source>Ask the account administrator to enable liveness selfie verification.</source>
        <translation>Ask the account administrator to enable liveness selfie verification.</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Quota used up</translation>
    </message>
    <message>
        <source>The account&apos;s call quota is used up.</source>
        <translation>The account&apos;s call quota is used up.</translation>
    </message>
    <message>
        <source>Ask the account administrator to add quota.</source>
        <translation>Ask the account administrator to add quota.</translation>
    </message>
    <message>
        <source>Wrong endpoint path</source>
        <translation>Wrong endpoint path</translation>
    </message>
    <message>
        <source>The server does not know the verification path at this endpoint.</source>
        <translation>The server does not know the verification path at this endpoint.</translation>
    </message>
    <message>
        <source>Check the endpoint URL in the settings: give the base URL only, without /identity/….</source>
        <translation>Check the endpoint URL in the settings: give the base URL only, without /identity/….</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Server error</translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation>The server failed while handling the request.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, report the request_id to the provider.</source>
        <translation>Try again later; if it persists, report the request_id to the provider.</translation>
    </message>
    <message>
        <source>Unknown API status %1</source>
        <translation>Unknown API status %1</translation>
    </message>
    <message>
        <source>The server answered with a status VerifyDesk does not know.</source>
        <translation>The server answered with a status VerifyDesk does not know.</translation>
    </message>
    <message>
        <source>Report the status and the request_id to the provider.</source>
        <translation>Report the status and the request_id to the provider.</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server not found</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved (DNS failure).</source>
        <translation>The endpoint&apos;s host name could not be resolved (DNS failure).</translation>
    </message>
    <message>
        <source>Check the endpoint URL and the network or DNS settings.</source>
        <translation>Check the endpoint URL and the network or DNS settings.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at that address and port.</source>
        <translation>The server refused the connection: nothing is listening at that address and port.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and port, and that the server is running.</source>
        <translation>Check the endpoint URL and port, and that the server is running.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connection closed</translation>
    </message>
    <message>
        <source>The server or a network device closed the connection before answering.</source>
        <translation>The server or a network device closed the connection before answering.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check proxies and firewalls between you and the server.</source>
        <translation>Try again; if it repeats, check proxies and firewalls between you and the server.</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>Request timed out</translation>
    </message>
    <message>
        <source>No data moved between VerifyDesk and the server for longer than the transfer timeout, so the request was stopped.</source>
        <translation>No data moved between VerifyDesk and the server for longer than the transfer timeout, so the request was stopped.</translation>
    </message>
    <message>
        <source>Check the network connection and try again, or raise the timeout in the settings.</source>
        <translation>Check the network connection and try again, or raise the timeout in the settings.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Secure connection failed</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed or its certificate was not trusted. VerifyDesk never ignores certificate errors.</source>
        <translation>The TLS handshake with the server failed or its certificate was not trusted. VerifyDesk never ignores certificate errors.</translation>
    </message>
    <message>
        <source>Check the endpoint URL (https only where the server speaks TLS); for a corporate certificate authority, add its CA bundle in the settings.</source>
        <translation>Check the endpoint URL (https only where the server speaks TLS); for a corporate certificate authority, add its CA bundle in the settings.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Proxy failed</translation>
    </message>
    <message>
        <source>The proxy server could not be used for the request.</source>
        <translation>The proxy server could not be used for the request.</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or turn off the proxy in the settings.</source>
        <translation>Check the system proxy settings, or turn off the proxy in the settings.</translation>
    </message>
    <message>
        <source>Network unavailable</source>
        <translation>Network unavailable</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>The network is not available.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Check the network connection and try again.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>The request failed because of a network error.</source>
        <translation>The request failed because of a network error.</translation>
    </message>
    <message>
        <source>Check the network connection and try again; the details name the error.</source>
        <translation>Check the network connection and try again; the details name the error.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>The request was cancelled before an answer arrived.</translation>
    </message>
    <message>
        <source>Press Verify to send it again.</source>
        <translation>Press Verify to send it again.</translation>
    </message>
    <message>
        <source>Web page instead of an answer</source>
        <translation>Web page instead of an answer</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP %1), typically from a proxy, captive portal or gateway, not from the verification API.</source>
        <translation>The server answered with a web page (HTTP %1), typically from a proxy, captive portal or gateway, not from the verification API.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and any proxy or network login page.</source>
        <translation>Check the endpoint URL and any proxy or network login page.</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Empty answer</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>The server answered HTTP %1 with an empty body.</translation>
    </message>
    <message>
        <source>Check the endpoint URL; try again later.</source>
        <translation>Check the endpoint URL; try again later.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unreadable answer</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) is not JSON.</source>
        <translation>The server&apos;s answer (HTTP %1) is not JSON.</translation>
    </message>
    <message>
        <source>Check that the endpoint is the verification API.</source>
        <translation>Check that the endpoint is the verification API.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unexpected answer</translation>
    </message>
    <message>
        <source>The server&apos;s JSON answer (HTTP %1) does not follow the API: a status or a score is missing or invalid.</source>
        <translation>The server&apos;s JSON answer (HTTP %1) does not follow the API: a status or a score is missing or invalid.</translation>
    </message>
    <message>
        <source>Check that the endpoint is the verification API; report the request_id to the provider.</source>
        <translation>Check that the endpoint is the verification API; report the request_id to the provider.</translation>
    </message>
    <message>
        <source>Server temporarily unavailable</source>
        <translation>Server temporarily unavailable</translation>
    </message>
    <message>
        <source>A gateway answered HTTP %1: the verification service is unreachable or overloaded. VerifyDesk retried a few times with increasing pauses.</source>
        <translation>A gateway answered HTTP %1: the verification service is unreachable or overloaded. VerifyDesk retried a few times with increasing pauses.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>Unexpected redirect</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere (HTTP %1); VerifyDesk does not follow redirects with your credentials.</source>
        <translation>The server redirected the request elsewhere (HTTP %1); VerifyDesk does not follow redirects with your credentials.</translation>
    </message>
    <message>
        <source>Enter the final endpoint URL in the settings.</source>
        <translation>Enter the final endpoint URL in the settings.</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protocol error</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>The server&apos;s answer broke the HTTP protocol.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and any proxy in between.</source>
        <translation>Check the endpoint URL and any proxy in between.</translation>
    </message>
    <message>
        <source>No endpoint</source>
        <translation>No endpoint</translation>
    </message>
    <message>
        <source>No endpoint URL is set.</source>
        <translation>No endpoint URL is set.</translation>
    </message>
    <message>
        <source>Enter the endpoint in the settings, e.g. https://cloudapi.linkface.cn.</source>
        <translation>Enter the endpoint in the settings, e.g. https://cloudapi.linkface.cn.</translation>
    </message>
    <message>
        <source>Invalid endpoint</source>
        <translation>Invalid endpoint</translation>
    </message>
    <message>
        <source>The endpoint is not an http or https URL with a host name.</source>
        <translation>The endpoint is not an http or https URL with a host name.</translation>
    </message>
    <message>
        <source>Enter a URL such as https://cloudapi.linkface.cn.</source>
        <translation>Enter a URL such as https://cloudapi.linkface.cn.</translation>
    </message>
    <message>
        <source>Endpoint must not hold credentials</source>
        <translation>Endpoint must not hold credentials</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or a query string; VerifyDesk sends credentials only in the request body.</source>
        <translation>The endpoint URL contains a user name or a query string; VerifyDesk sends credentials only in the request body.</translation>
    </message>
    <message>
        <source>Remove everything after the path and any user@ part from the endpoint.</source>
        <translation>Remove everything after the path and any user@ part from the endpoint.</translation>
    </message>
    <message>
        <source>No api_id</source>
        <translation>No api_id</translation>
    </message>
    <message>
        <source>The api_id is not set.</source>
        <translation>The api_id is not set.</translation>
    </message>
    <message>
        <source>Enter the api_id in the settings.</source>
        <translation>Enter the api_id in the settings.</translation>
    </message>
    <message>
        <source>No api_secret</source>
        <translation>No api_secret</translation>
    </message>
    <message>
        <source>The api_secret is not set or could not be read.</source>
        <translation>The api_secret is not set or could not be read.</translation>
    </message>
    <message>
        <source>Enter the api_secret in the settings.</source>
        <translation>Enter the api_secret in the settings.</translation>
    </message>
    <message>
        <source>No selfie</source>
        <translation>No selfie</translation>
    </message>
    <message>
        <source>No selfie was given.</source>
        <translation>No selfie was given.</translation>
    </message>
    <message>
        <source>Give a selfie as a file, a URL or an image id.</source>
        <translation>Give a selfie as a file, a URL or an image id.</translation>
    </message>
    <message>
        <source>No liveness data</source>
        <translation>No liveness data</translation>
    </message>
    <message>
        <source>No liveness data was given.</source>
        <translation>No liveness data was given.</translation>
    </message>
    <message>
        <source>Give the liveness data as a file, a URL or a liveness data id.</source>
        <translation>Give the liveness data as a file, a URL or a liveness data id.</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>File cannot be read</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>An input file</source>
        <translation>An input file</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may read it.</source>
        <translation>Check that the file still exists and that you may read it.</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>Invalid URL</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 is not an http or https URL.</translation>
    </message>
    <message>
        <source>An input URL</source>
        <translation>An input URL</translation>
    </message>
    <message>
        <source>Enter a full URL starting with http:// or https://.</source>
        <translation>Enter a full URL starting with http:// or https://.</translation>
    </message>
    <message>
        <source>Empty id</source>
        <translation>Empty id</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>An input id</source>
        <translation>An input id</translation>
    </message>
    <message>
        <source>Enter the id the server returned earlier.</source>
        <translation>Enter the id the server returned earlier.</translation>
    </message>
    <message>
        <source>CA bundle cannot be used</source>
        <translation>CA bundle cannot be used</translation>
    </message>
    <message>
        <source>The CA bundle file holds no readable PEM certificate: %1</source>
        <translation>The CA bundle file holds no readable PEM certificate: %1</translation>
    </message>
    <message>
        <source>Choose a PEM file with the certificate authority, or clear the setting.</source>
        <translation>Choose a PEM file with the certificate authority, or clear the setting.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>The request failed.</translation>
    </message>
    <message>
        <source>Try again; the details name the error.</source>
        <translation>Try again; the details name the error.</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>The server&apos;s reason: %1</translation>
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
        <translation>the selfie file</translation>
    </message>
    <message>
        <source>the selfie URL</source>
        <translation>the selfie URL</translation>
    </message>
    <message>
        <source>the selfie image id</source>
        <translation>the selfie image id</translation>
    </message>
    <message>
        <source>the liveness data file</source>
        <translation>the liveness data file</translation>
    </message>
    <message>
        <source>the liveness data URL</source>
        <translation>the liveness data URL</translation>
    </message>
    <message>
        <source>the liveness data id</source>
        <translation>the liveness data id</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot;</source>
        <translation>the input &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation>Server busy</translation>
    </message>
    <message>
        <source>Every scoring worker of the server is busy and its queue is full. VerifyDesk retried a few times with increasing pauses.</source>
        <translation>Every scoring worker of the server is busy and its queue is full. VerifyDesk retried a few times with increasing pauses.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, ask the server&apos;s operator for more scoring workers.</source>
        <translation>Try again in a moment; if it keeps happening, ask the server&apos;s operator for more scoring workers.</translation>
    </message>
    <message>
        <source>Check the network connection and try again, or give a longer --timeout.</source>
        <translation>Check the network connection and try again, or give a longer --timeout.</translation>
    </message>
    <message>
        <source>Check the endpoint URL (https only where the server speaks TLS); for a corporate certificate authority, add its CA bundle in the desktop app&apos;s settings, which verifydesk verify uses too.</source>
        <translation>Check the endpoint URL (https only where the server speaks TLS); for a corporate certificate authority, add its CA bundle in the desktop app&apos;s settings, which verifydesk verify uses too.</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or turn off the proxy in the desktop app&apos;s settings, which verifydesk verify uses too.</source>
        <translation>Check the system proxy settings, or turn off the proxy in the desktop app&apos;s settings, which verifydesk verify uses too.</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>Run the command again.</translation>
    </message>
    <message>
        <source>Give the final endpoint URL with --endpoint.</source>
        <translation>Give the final endpoint URL with --endpoint.</translation>
    </message>
    <message>
        <source>Give --endpoint URL, e.g. https://cloudapi.linkface.cn, or set it up in the desktop app.</source>
        <translation>Give --endpoint URL, e.g. https://cloudapi.linkface.cn, or set it up in the desktop app.</translation>
    </message>
    <message>
        <source>Give --api-id ID, or set it up in the desktop app.</source>
        <translation>Give --api-id ID, or set it up in the desktop app.</translation>
    </message>
    <message>
        <source>Put the api_secret in the environment variable that verifydesk --help names, or save it in the desktop app.</source>
        <translation>Put the api_secret in the environment variable that verifydesk --help names, or save it in the desktop app.</translation>
    </message>
    <message>
        <source>Give --selfie FILE, --selfie-url URL or --selfie-id ID.</source>
        <translation>Give --selfie FILE, --selfie-url URL or --selfie-id ID.</translation>
    </message>
    <message>
        <source>Give --liveness FILE, --liveness-url URL or --liveness-id ID.</source>
        <translation>Give --liveness FILE, --liveness-url URL or --liveness-id ID.</translation>
    </message>
    <message>
        <source>Choose another CA bundle, or clear it, in the desktop app&apos;s settings.</source>
        <translation>Choose another CA bundle, or clear it, in the desktop app&apos;s settings.</translation>
    </message>
    <message>
        <source>Choose a smaller file, or downscale the selfie first (&quot;Fit to limits&quot; in the desktop app writes a copy within the limits).</source>
        <translation>Choose a smaller file, or downscale the selfie first (&quot;Fit to limits&quot; in the desktop app writes a copy within the limits).</translation>
    </message>
    <message>
        <source>Use a sharp, well-lit, frontal photo with the whole face visible; try --auto-rotate if the face is sideways.</source>
        <translation>Use a sharp, well-lit, frontal photo with the whole face visible; try --auto-rotate if the face is sideways.</translation>
    </message>
    <message>
        <source>Convert the image to JPG or PNG within the limits (&quot;Fit to limits&quot; in the desktop app does it).</source>
        <translation>Convert the image to JPG or PNG within the limits (&quot;Fit to limits&quot; in the desktop app does it).</translation>
    </message>
    <message>
        <source>Check the api_id (--api-id) and the api_secret.</source>
        <translation>Check the api_id (--api-id) and the api_secret.</translation>
    </message>
    <message>
        <source>Check --endpoint: give the base URL only, without /identity/….</source>
        <translation>Check --endpoint: give the base URL only, without /identity/….</translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation>Server certificate not trusted</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by a certificate authority VerifyDesk does not trust, so nothing was sent.</source>
        <translation>The server&apos;s certificate was issued by a certificate authority VerifyDesk does not trust, so nothing was sent.</translation>
    </message>
    <message>
        <source>For a corporate or test certificate authority, add its CA bundle in the settings; otherwise check the endpoint URL.</source>
        <translation>For a corporate or test certificate authority, add its CA bundle in the settings; otherwise check the endpoint URL.</translation>
    </message>
    <message>
        <source>Self-signed server certificate</source>
        <translation>Self-signed server certificate</translation>
    </message>
    <message>
        <source>The server presented a self-signed certificate that no trusted certificate authority vouches for, so nothing was sent.</source>
        <translation>The server presented a self-signed certificate that no trusted certificate authority vouches for, so nothing was sent.</translation>
    </message>
    <message>
        <source>If you run this server yourself, add its certificate as the CA bundle in the settings; otherwise do not trust it.</source>
        <translation>If you run this server yourself, add its certificate as the CA bundle in the settings; otherwise do not trust it.</translation>
    </message>
    <message>
        <source>Server certificate expired</source>
        <translation>Server certificate expired</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired (or is not valid yet), so nothing was sent.</source>
        <translation>The server&apos;s certificate has expired (or is not valid yet), so nothing was sent.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; otherwise the server&apos;s operator must renew the certificate.</source>
        <translation>Check this computer&apos;s date and time; otherwise the server&apos;s operator must renew the certificate.</translation>
    </message>
    <message>
        <source>Certificate is for another host</source>
        <translation>Certificate is for another host</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not name the host of the endpoint URL, so nothing was sent.</source>
        <translation>The server&apos;s certificate does not name the host of the endpoint URL, so nothing was sent.</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the endpoint URL.</source>
        <translation>Use the host name the certificate was issued for in the endpoint URL.</translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation>Request took too long</translation>
    </message>
    <message>
        <source>%1 VerifyDesk stopped the request at its deadline.</source>
        <translation>%1 VerifyDesk stopped the request at its deadline.</translation>
    </message>
    <message>
        <source>Try again later, or raise the overall timeout in the settings.</source>
        <translation>Try again later, or raise the overall timeout in the settings.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Answer too large</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) grew past 1 MiB; the API&apos;s answers are a few hundred bytes, so VerifyDesk stopped reading it.</source>
        <translation>The server&apos;s answer (HTTP %1) grew past 1 MiB; the API&apos;s answers are a few hundred bytes, so VerifyDesk stopped reading it.</translation>
    </message>
    <message>
        <source>Ambiguous answer</source>
        <translation>Ambiguous answer</translation>
    </message>
    <message>
        <source>The server&apos;s answer gives &quot;%1&quot; more than once, so which value counts is ambiguous; VerifyDesk does not guess.</source>
        <translation>The server&apos;s answer gives &quot;%1&quot; more than once, so which value counts is ambiguous; VerifyDesk does not guess.</translation>
    </message>
    <message>
        <source>Try again later, or give a longer --timeout.</source>
        <translation>Try again later, or give a longer --timeout.</translation>
    </message>
</context>
<context>
    <name>FilmStrip</name>
    <message>
        <source>#%1 · %2 ms</source>
        <translation>#%1 · %2 ms</translation>
    </message>
    <message>
        <source>Frame %1 cannot be decoded as an image.</source>
        <translation>Frame %1 cannot be decoded as an image.</translation>
    </message>
    <message>
        <source>Frame %1: %2 × %3 pixels, %4 bytes, at %5 ms</source>
        <translation>Frame %1: %2 × %3 pixels, %4 bytes, at %5 ms</translation>
    </message>
    <message>
        <source>Faces the engine found in this frame: %1</source>
        <translation>Faces the engine found in this frame: %1</translation>
    </message>
    <message>
        <source>Cues that refer to this frame: %1</source>
        <translation>Cues that refer to this frame: %1</translation>
    </message>
</context>
<context>
    <name>FramePlayer</name>
    <message>
        <source>◀ Step</source>
        <translation>◀ Step</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Previous frame (Left)</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Step ▶</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Next frame (Right)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause at the recorded timestamps (Space)</source>
        <translation>Play or pause at the recorded timestamps (Space)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>No frames to play.</source>
        <translation>No frames to play.</translation>
    </message>
    <message>
        <source>Frame %1 of %2 · %3 ms</source>
        <translation>Frame %1 of %2 · %3 ms</translation>
    </message>
    <message>
        <source>Frame %1 cannot be decoded as an image.</source>
        <translation>Frame %1 cannot be decoded as an image.</translation>
    </message>
    <message>
        <source>The clip cannot be written to a private temporary file.</source>
        <translation>The clip cannot be written to a private temporary file.</translation>
    </message>
    <message>
        <source>%1 · the clip&apos;s frames as the engine decodes them</source>
        <translation>%1 · the clip&apos;s frames as the engine decodes them</translation>
    </message>
    <message>
        <source>Qt Multimedia cannot play this clip; the engine is decoding its frames…</source>
        <translation>Qt Multimedia cannot play this clip; the engine is decoding its frames…</translation>
    </message>
    <message>
        <source>The clip cannot be played: %1</source>
        <translation>The clip cannot be played: %1</translation>
    </message>
    <message>
        <source>Video · %1 of %2 ms</source>
        <translation>Video · %1 of %2 ms</translation>
    </message>
    <message>
        <source>Loading the clip…</source>
        <translation>Loading the clip…</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Use this API base URL and save it.</source>
        <translation>Use this API base URL and save it.</translation>
    </message>
    <message>
        <source>Use this api_id and save it.</source>
        <translation>Use this api_id and save it.</translation>
    </message>
    <message>
        <source>A selfie and/or a liveness data file.</source>
        <translation>A selfie and/or a liveness data file.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>history: records from this day (YYYY-MM-DD) or time (ISO 8601) on.</source>
        <translation>history: records from this day (YYYY-MM-DD) or time (ISO 8601) on.</translation>
    </message>
    <message>
        <source>history: records up to this day (inclusive) or before this time.</source>
        <translation>history: records up to this day (inclusive) or before this time.</translation>
    </message>
    <message>
        <source>history: only records with this verdict: same, different, attack or error.</source>
        <translation>history: only records with this verdict: same, different, attack or error.</translation>
    </message>
    <message>
        <source>history: only records whose request_id or case reference contains this text.</source>
        <translation>history: only records whose request_id or case reference contains this text.</translation>
    </message>
    <message>
        <source>history: print the records as CSV.</source>
        <translation>history: print the records as CSV.</translation>
    </message>
    <message>
        <source>history: check the hash chain; exit 2 at the first broken link.</source>
        <translation>history: check the hash chain; exit 2 at the first broken link.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD) or an ISO 8601 time.</source>
        <translation>--%1 &quot;%2&quot; is not a date (YYYY-MM-DD) or an ISO 8601 time.</translation>
    </message>
    <message>
        <source>--verdict &quot;%1&quot; is not one of same, different, attack, error.</source>
        <translation>--verdict &quot;%1&quot; is not one of same, different, attack, error.</translation>
    </message>
    <message>
        <source>--csv and --json cannot be used together.</source>
        <translation>--csv and --json cannot be used together.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The history&apos;s hash chain is broken: %1</source>
        <translation>The history&apos;s hash chain is broken: %1</translation>
    </message>
    <message>
        <source>The history&apos;s hash chain is intact; records checked: %1.</source>
        <translation>The history&apos;s hash chain is intact; records checked: %1.</translation>
    </message>
    <message>
        <source>Records: %1.</source>
        <translation>Records: %1.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The file %1 cannot be read to compute its SHA-256: %2</source>
        <translation>The file %1 cannot be read to compute its SHA-256: %2</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created.</source>
        <translation>The history folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be opened: %2</source>
        <translation>The history database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The history database %1 cannot use write-ahead logging: %2</source>
        <translation>The history database %1 cannot use write-ahead logging: %2</translation>
    </message>
    <message>
        <source>The history schema cannot be read: %1</source>
        <translation>The history schema cannot be read: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer VerifyDesk (schema %1; this version reads schema %2).</source>
        <translation>The history database was written by a newer VerifyDesk (schema %1; this version reads schema %2).</translation>
    </message>
    <message>
        <source>The history table cannot be created: %1</source>
        <translation>The history table cannot be created: %1</translation>
    </message>
    <message>
        <source>%1 The verification was recorded without its SHA-256.</source>
        <translation>%1 The verification was recorded without its SHA-256.</translation>
    </message>
    <message>
        <source>The verification cannot be recorded: %1</source>
        <translation>The verification cannot be recorded: %1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <source>The history cannot be exported to %1: %2</source>
        <translation>The history cannot be exported to %1: %2</translation>
    </message>
    <message>
        <source>The history database %1 cannot be migrated from schema %2 to schema %3: %4</source>
        <translation>The history database %1 cannot be migrated from schema %2 to schema %3: %4</translation>
    </message>
    <message>
        <source>The history&apos;s hash chain cannot be read: %1</source>
        <translation>The history&apos;s hash chain cannot be read: %1</translation>
    </message>
    <message>
        <source>The history database %1 cannot be created: %2</source>
        <translation>The history database %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged: %2</source>
        <translation>The history database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 The damaged file cannot be moved aside to %2.</source>
        <translation>%1 The damaged file cannot be moved aside to %2.</translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and a new, empty history was started.</source>
        <translation>%1 It was kept as %2 and a new, empty history was started.</translation>
    </message>
    <message>
        <source>Old history records cannot be purged: %1</source>
        <translation>Old history records cannot be purged: %1</translation>
    </message>
    <message>
        <source>The record of the chain&apos;s ends was deleted.</source>
        <translation>The record of the chain&apos;s ends was deleted.</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>Record %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it: a record before it was deleted, inserted or moved.</source>
        <translation>Record %1 does not follow the record before it: a record before it was deleted, inserted or moved.</translation>
    </message>
    <message>
        <source>The newest records were deleted: the chain ends before the last record that was written.</source>
        <translation>The newest records were deleted: the chain ends before the last record that was written.</translation>
    </message>
    <message>
        <source>History records older than %1 purged: %2.</source>
        <translation>History records older than %1 purged: %2.</translation>
    </message>
    <message>
        <source>The copies kept in plaintext cannot be encrypted: %1</source>
        <translation>The copies kept in plaintext cannot be encrypted: %1</translation>
    </message>
    <message>
        <source>The input %1 cannot be kept (%2); the verification was recorded without the copy.</source>
        <translation>The input %1 cannot be kept (%2); the verification was recorded without the copy.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Possible attack</source>
        <translation>Possible attack</translation>
    </message>
    <message>
        <source>verify ≥ %1, hack &gt; %2</source>
        <translation>verify ≥ %1, hack &gt; %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>No verdict</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>VerifyDesk: history</source>
        <translation>VerifyDesk: history</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>request_id or case reference</source>
        <translation>request_id or case reference</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Checking the history&apos;s hash chain…</source>
        <translation>Checking the history&apos;s hash chain…</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <source>Choose a record to see its answer.</source>
        <translation>Choose a record to see its answer.</translation>
    </message>
    <message>
        <source>Past answer, decided on %1 %2 at verify_score ≥ %3 and hack_score &gt; %4 (status %5). It is not decided again at today&apos;s settings.</source>
        <translation>Past answer, decided on %1 %2 at verify_score ≥ %3 and hack_score &gt; %4 (status %5). It is not decided again at today&apos;s settings.</translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <source>Liveness data</source>
        <translation>Liveness data</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: none</translation>
    </message>
    <message>
        <source>%1: URL %2</source>
        <translation>%1: URL %2</translation>
    </message>
    <message>
        <source>%1: server id %2</source>
        <translation>%1: server id %2</translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation>no longer there</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>changed since</translation>
    </message>
    <message>
        <source>still there, unchanged</source>
        <translation>still there, unchanged</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>The hash chain could not be checked: %1</translation>
    </message>
    <message>
        <source>Warning: the history was changed outside VerifyDesk. The hash chain breaks at record %1: %2</source>
        <translation>Warning: the history was changed outside VerifyDesk. The hash chain breaks at record %1: %2</translation>
    </message>
    <message>
        <source>Export the history as JSON</source>
        <translation>Export the history as JSON</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Export the history as CSV</translation>
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
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>Records exported: %1, to %2</source>
        <translation>Records exported: %1, to %2</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Receipt saved to %1</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Send a&amp;gain…</translation>
    </message>
    <message>
        <source>Choose a recorded verification first.</source>
        <translation>Choose a recorded verification first.</translation>
    </message>
    <message>
        <source>The kept selfie is not an image that can be shown.</source>
        <translation>The kept selfie is not an image that can be shown.</translation>
    </message>
    <message>
        <source>Kept liveness data: %1</source>
        <translation>Kept liveness data: %1</translation>
    </message>
    <message>
        <source>The kept copy of the selfie, as it was sent</source>
        <translation>The kept copy of the selfie, as it was sent</translation>
    </message>
    <message>
        <source>the selfie: %1</source>
        <translation>the selfie: %1</translation>
    </message>
    <message>
        <source>the liveness data: %1</source>
        <translation>the liveness data: %1</translation>
    </message>
    <message>
        <source>Loads the same inputs and the case reference into the main window; press Verify there for a new, separately recorded answer.</source>
        <translation>Loads the same inputs and the case reference into the main window; press Verify there for a new, separately recorded answer.</translation>
    </message>
    <message>
        <source>It cannot be sent again with the same inputs: %1.</source>
        <translation>It cannot be sent again with the same inputs: %1.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>The inputs cannot be loaded again: %1.</source>
        <translation>The inputs cannot be loaded again: %1.</translation>
    </message>
    <message>
        <source>copy: %1</source>
        <translation>copy: %1</translation>
    </message>
    <message>
        <source>copy: kept, %1 bytes</source>
        <translation>copy: kept, %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2 (%3)
SHA-256 %4
%5</source>
        <translation>%1: %2 (%3)
SHA-256 %4
%5</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Past answer, recorded on %1 %2: no verdict (status %3). The history keeps the status, the HTTP status and the request_id, not the server&apos;s words or the details.</source>
        <translation>Past answer, recorded on %1 %2: no verdict (status %3). The history keeps the status, the HTTP status and the request_id, not the server&apos;s words or the details.</translation>
    </message>
</context>
<context>
    <name>ImagePaste</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The image cannot be saved in %1: %2</source>
        <translation>The image cannot be saved in %1: %2</translation>
    </message>
    <message>
        <source>There is no image to save.</source>
        <translation>There is no image to save.</translation>
    </message>
    <message>
        <source>The image cannot be encoded as %1: %2</source>
        <translation>The image cannot be encoded as %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>inspect: expand nested messages at most N levels deep.</source>
        <translation>inspect: expand nested messages at most N levels deep.</translation>
    </message>
    <message>
        <source>inspect: write the value of the field at FIELD_PATH (e.g. 6[2].1, the first field 1 of the third field 6) to the file given by -o.</source>
        <translation>inspect: write the value of the field at FIELD_PATH (e.g. 6[2].1, the first field 1 of the third field 6) to the file given by -o.</translation>
    </message>
    <message>
        <source>inspect needs one FILE.</source>
        <translation>inspect needs one FILE.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-depth &quot;%1&quot; is not a number of levels (0 or more).</source>
        <translation>--max-depth &quot;%1&quot; is not a number of levels (0 or more).</translation>
    </message>
    <message>
        <source>--export-bytes FIELD_PATH and -o OUT go together.</source>
        <translation>--export-bytes FIELD_PATH and -o OUT go together.</translation>
    </message>
    <message>
        <source>Error at byte %1: %2</source>
        <translation>Error at byte %1: %2</translation>
    </message>
    <message>
        <source>Error at byte %1, inside field %2: %3</source>
        <translation>Error at byte %1, inside field %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 bytes, SHA-256 %3</source>
        <translation>%1: %2 bytes, SHA-256 %3</translation>
    </message>
    <message>
        <source>No field at %1 in %2.</source>
        <translation>No field at %1 in %2.</translation>
    </message>
    <message>
        <source>Wrote the %1 bytes of field %2 to %3.</source>
        <translation>Wrote the %1 bytes of field %2 to %3.</translation>
    </message>
    <message>
        <source>%1%2  @%3  %4, %5 bytes: %6</source>
        <translation>%1%2  @%3  %4, %5 bytes: %6</translation>
    </message>
    <message>
        <source>Open-format capture, not a valid one: %1</source>
        <translation>Open-format capture, not a valid one: %1</translation>
    </message>
    <message>
        <source>Open-format capture: %1, motions %2, difficulty %3</source>
        <translation>Open-format capture: %1, motions %2, difficulty %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Device: %1 %2, %3 %4</source>
        <translation>Device: %1 %2, %3 %4</translation>
    </message>
    <message>
        <source>Captured at %1 (capture id %2)</source>
        <translation>Captured at %1 (capture id %2)</translation>
    </message>
    <message>
        <source>%1 frames over %2 ms</source>
        <translation>%1 frames over %2 ms</translation>
    </message>
    <message>
        <source>  frame %1 at %2 ms, %3, %4 bytes</source>
        <translation>  frame %1 at %2 ms, %3, %4 bytes</translation>
    </message>
    <message>
        <source>inspect: compare FILE with FILE_B field by field and print the innermost differences (changed, only in A, only in B).</source>
        <translation>inspect: compare FILE with FILE_B field by field and print the innermost differences (changed, only in A, only in B).</translation>
    </message>
    <message>
        <source>A %1: %2 bytes; B %3: %4 bytes; %5 differences</source>
        <translation>A %1: %2 bytes; B %3: %4 bytes; %5 differences</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Drop any liveness or protobuf file here (vendor files included)</source>
        <translation>Drop any liveness or protobuf file here (vendor files included)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Export bytes…</source>
        <translation>&amp;Export bytes…</translation>
    </message>
    <message>
        <source>Decoded capture (open format)</source>
        <translation>Decoded capture (open format)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>No file open.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Inspect a file</source>
        <translation>Inspect a file</translation>
    </message>
    <message>
        <source>Liveness data (*.protobuf *.bin);;All files (*)</source>
        <translation>Liveness data (*.protobuf *.bin);;All files (*)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 bytes), SHA-256 %4</source>
        <translation>%1 — %2 (%3 bytes), SHA-256 %4</translation>
    </message>
    <message>
        <source>Wire-format error at byte %1:</source>
        <translation>Wire-format error at byte %1:</translation>
    </message>
    <message>
        <source>Wire-format error at byte %1, inside field %2:</source>
        <translation>Wire-format error at byte %1, inside field %2:</translation>
    </message>
    <message>
        <source>Everything before it is shown.</source>
        <translation>Everything before it is shown.</translation>
    </message>
    <message>
        <source>The file claims the open format but is not a valid capture: %1</source>
        <translation>The file claims the open format but is not a valid capture: %1</translation>
    </message>
    <message>
        <source>Output type %1 · motions %2 · difficulty %3 · device %4 · captured %5 · %6 frames over %7 ms · capture id %8</source>
        <translation>Output type %1 · motions %2 · difficulty %3 · device %4 · captured %5 · %6 frames over %7 ms · capture id %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Select a field to see its bytes.</source>
        <translation>Select a field to see its bytes.</translation>
    </message>
    <message>
        <source>Field %1 (path %2), %3, tag at byte %4, value at byte %5, %6 bytes</source>
        <translation>Field %1 (path %2), %3, tag at byte %4, value at byte %5, %6 bytes</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>… the first %1 of %2 bytes</source>
        <translation>… the first %1 of %2 bytes</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 pixels</translation>
    </message>
    <message>
        <source>Select a field first.</source>
        <translation>Select a field first.</translation>
    </message>
    <message>
        <source>Export bytes</source>
        <translation>Export bytes</translation>
    </message>
    <message>
        <source>%1 clip: its first frame, decoded by verifydesk-engine</source>
        <translation>%1 clip: its first frame, decoded by verifydesk-engine</translation>
    </message>
    <message>
        <source>Decoding the clip&apos;s first frame…</source>
        <translation>Decoding the clip&apos;s first frame…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
</context>
<context>
    <name>KeptCopyKey</name>
    <message>
        <source>Input copies are not kept: no keyring is reachable to hold the key that encrypts them (%1).</source>
        <translation>Input copies are not kept: no keyring is reachable to hold the key that encrypts them (%1).</translation>
    </message>
    <message>
        <source>Input copies are not kept: the keyring refused their key: %1</source>
        <translation>Input copies are not kept: the keyring refused their key: %1</translation>
    </message>
    <message>
        <source>Input copies are not kept: the keyring entry of their key is not a 256-bit key.</source>
        <translation>Input copies are not kept: the keyring entry of their key is not a 256-bit key.</translation>
    </message>
    <message>
        <source>Input copies are not kept: %1</source>
        <translation>Input copies are not kept: %1</translation>
    </message>
    <message>
        <source>Input copies are not kept: their key cannot be stored in the keyring: %1</source>
        <translation>Input copies are not kept: their key cannot be stored in the keyring: %1</translation>
    </message>
    <message>
        <source>A new key for kept input copies is in the keyring.</source>
        <translation>A new key for kept input copies is in the keyring.</translation>
    </message>
</context>
<context>
    <name>KeptCopyStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No key for kept copies is available, so no copy is kept.</source>
        <translation>No key for kept copies is available, so no copy is kept.</translation>
    </message>
    <message>
        <source>The folder for kept copies %1 cannot be created or made private.</source>
        <translation>The folder for kept copies %1 cannot be created or made private.</translation>
    </message>
    <message>
        <source>The kept copy %1 cannot be written: %2</source>
        <translation>The kept copy %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The input %1 cannot be read: %2</source>
        <translation>The input %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No key for kept copies is available, so the copy cannot be read.</source>
        <translation>No key for kept copies is available, so the copy cannot be read.</translation>
    </message>
    <message>
        <source>The kept copy %1 cannot be read: %2</source>
        <translation>The kept copy %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Kept copies encrypted in place: %1.</source>
        <translation>Kept copies encrypted in place: %1.</translation>
    </message>
</context>
<context>
    <name>LivenessInspector</name>
    <message>
        <source>%1, not well-formed protobuf: %2</source>
        <translation>%1, not well-formed protobuf: %2</translation>
    </message>
    <message>
        <source>%1, protobuf wire format with %2 top-level fields (the vendor&apos;s encrypted format or another message)</source>
        <translation>%1, protobuf wire format with %2 top-level fields (the vendor&apos;s encrypted format or another message)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>unknown device</translation>
    </message>
    <message>
        <source>%1, VerifyDesk open capture (%2): video, motions %3, difficulty %4, %5</source>
        <translation>%1, VerifyDesk open capture (%2): video, motions %3, difficulty %4, %5</translation>
    </message>
    <message>
        <source>%1, VerifyDesk open capture (%2): %3 frames over %4 ms, motions %5, difficulty %6, %7</source>
        <translation>%1, VerifyDesk open capture (%2): %3 frames over %4 ms, motions %5, difficulty %6, %7</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file is %1; only files up to %2 are inspected. It can still be sent.</source>
        <translation>The file is %1; only files up to %2 are inspected. It can still be sent.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is empty: a liveness capture always holds data.</source>
        <translation>The file is empty: a liveness capture always holds data.</translation>
    </message>
    <message>
        <source>The data is %1; only up to %2 is inspected. It can still be sent.</source>
        <translation>The data is %1; only up to %2 is inspected. It can still be sent.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>%1, VerifyDesk open capture, but not a valid one: %2</source>
        <translation>%1, VerifyDesk open capture, but not a valid one: %2</translation>
    </message>
</context>
<context>
    <name>LivenessPanel</name>
    <message>
        <source>Liveness data</source>
        <translation>Liveness data</translation>
    </message>
    <message>
        <source>liveness_data_u&amp;rl</source>
        <translation>liveness_data_u&amp;rl</translation>
    </message>
    <message>
        <source>liveness_&amp;data_id</source>
        <translation>liveness_&amp;data_id</translation>
    </message>
    <message>
        <source>Reuse last liveness_data_id</source>
        <translation>Reuse last liveness_data_id</translation>
    </message>
    <message>
        <source>Drop the liveness data file here
(.protobuf or any other name)</source>
        <translation>Drop the liveness data file here
(.protobuf or any other name)</translation>
    </message>
    <message>
        <source>Open liveness data</source>
        <translation>Open liveness data</translation>
    </message>
    <message>
        <source>Liveness data (*.protobuf *.pb *.bin);;All files (*)</source>
        <translation>Liveness data (*.protobuf *.pb *.bin);;All files (*)</translation>
    </message>
    <message>
        <source>This file is not well-formed protobuf. The server will probably answer WRONG_LIVENESS_DATA, but the file can still be sent.</source>
        <translation>This file is not well-formed protobuf. The server will probably answer WRONG_LIVENESS_DATA, but the file can still be sent.</translation>
    </message>
    <message>
        <source>id of an earlier answer</source>
        <translation>id of an earlier answer</translation>
    </message>
    <message>
        <source>Liveness SDK file (any e&amp;xtension)</source>
        <translation>Liveness SDK file (any e&amp;xtension)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Reading stopped at byte %1 of %2.</source>
        <translation>Reading stopped at byte %1 of %2.</translation>
    </message>
    <message>
        <source>Bytes from offset %1: %2</source>
        <translation>Bytes from offset %1: %2</translation>
    </message>
    <message>
        <source>The liveness data is not readable protobuf</source>
        <translation>The liveness data is not readable protobuf</translation>
    </message>
    <message>
        <source>This file is not what the liveness SDK writes, or it is damaged: the server will probably answer WRONG_LIVENESS_DATA.

Send it anyway?</source>
        <translation>This file is not what the liveness SDK writes, or it is damaged: the server will probably answer WRONG_LIVENESS_DATA.

Send it anyway?</translation>
    </message>
    <message>
        <source>Inspec&amp;t…</source>
        <translation>Inspec&amp;t…</translation>
    </message>
    <message>
        <source>Look inside the file in the QA workbench (Ctrl+2)</source>
        <translation>Look inside the file in the QA workbench (Ctrl+2)</translation>
    </message>
    <message>
        <source>No file is sent: the liveness data is given as %1.</source>
        <translation>No file is sent: the liveness data is given as %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>VerifyDesk: liveness and selfie verification</source>
        <translation>VerifyDesk: liveness and selfie verification</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>Keyring: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;selfie…</source>
        <translation>Open &amp;selfie…</translation>
    </message>
    <message>
        <source>Open &amp;liveness data…</source>
        <translation>Open &amp;liveness data…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Paste selfie</source>
        <translation>&amp;Paste selfie</translation>
    </message>
    <message>
        <source>Selfie from &amp;camera…</source>
        <translation>Selfie from &amp;camera…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About VerifyDesk</source>
        <translation>&amp;About VerifyDesk</translation>
    </message>
    <message>
        <source>About VerifyDesk</source>
        <translation>About VerifyDesk</translation>
    </message>
    <message>
        <source>VerifyDesk %1
Compares a selfie with the liveness data of the vendor&apos;s SDK through the liveness_selfie_verification API.</source>
        <translation>VerifyDesk %1
Compares a selfie with the liveness data of the vendor&apos;s SDK through the liveness_selfie_verification API.</translation>
    </message>
    <message>
        <source>Endpoint: %1  api_id: %2</source>
        <translation>Endpoint: %1  api_id: %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Secret: reading the keyring…</source>
        <translation>Secret: reading the keyring…</translation>
    </message>
    <message>
        <source>Secret: not set (File ▸ Settings)</source>
        <translation>Secret: not set (File ▸ Settings)</translation>
    </message>
    <message>
        <source>Secret: in the system keyring</source>
        <translation>Secret: in the system keyring</translation>
    </message>
    <message>
        <source>Secret: this session only (no keyring reachable)</source>
        <translation>Secret: this session only (no keyring reachable)</translation>
    </message>
    <message>
        <source>No api_secret</source>
        <translation>No api_secret</translation>
    </message>
    <message>
        <source>There is no api_secret for %1 and api_id &quot;%2&quot;. Enter it in File ▸ Settings.</source>
        <translation>There is no api_secret for %1 and api_id &quot;%2&quot;. Enter it in File ▸ Settings.</translation>
    </message>
    <message>
        <source>The selfie breaks the API&apos;s rules</source>
        <translation>The selfie breaks the API&apos;s rules</translation>
    </message>
    <message>
        <source>The server will probably refuse this selfie:
%1

Send it anyway?</source>
        <translation>The server will probably refuse this selfie:
%1

Send it anyway?</translation>
    </message>
    <message>
        <source>%1: retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1: retrying in %2 s (attempt %3 of %4).</translation>
    </message>
    <message>
        <source>Answered after %1 attempts.</source>
        <translation>Answered after %1 attempts.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Verificatio&amp;n</source>
        <translation>Verificatio&amp;n</translation>
    </message>
    <message>
        <source>Secret: from VERIFYDESK_API_SECRET, this session only</source>
        <translation>Secret: from VERIFYDESK_API_SECRET, this session only</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>Sending the selfie and the liveness data…</source>
        <translation>Sending the selfie and the liveness data…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer… %1 s of %2 s</source>
        <translation>Waiting for the server&apos;s answer… %1 s of %2 s</translation>
    </message>
    <message>
        <source>The selfie changed after this answer.</source>
        <translation>The selfie changed after this answer.</translation>
    </message>
    <message>
        <source>The selfie is now given another way (file, URL or id) than for this answer.</source>
        <translation>The selfie is now given another way (file, URL or id) than for this answer.</translation>
    </message>
    <message>
        <source>The liveness data changed after this answer.</source>
        <translation>The liveness data changed after this answer.</translation>
    </message>
    <message>
        <source>The liveness data is now given another way (file, URL or id) than for this answer.</source>
        <translation>The liveness data is now given another way (file, URL or id) than for this answer.</translation>
    </message>
    <message>
        <source>selfie_auto_rotate changed after this answer.</source>
        <translation>selfie_auto_rotate changed after this answer.</translation>
    </message>
    <message>
        <source>Case reference (file or tic&amp;ket no.):</source>
        <translation>Case reference (file or tic&amp;ket no.):</translation>
    </message>
    <message>
        <source>optional, recorded with the verification</source>
        <translation>optional, recorded with the verification</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>History lo&amp;g</source>
        <translation>History lo&amp;g</translation>
    </message>
    <message>
        <source>A verification is under way: send the record again when it is done.</source>
        <translation>A verification is under way: send the record again when it is done.</translation>
    </message>
    <message>
        <source>The inputs of a recorded verification are loaded: press Verify for a new answer, recorded separately.</source>
        <translation>The inputs of a recorded verification are loaded: press Verify for a new answer, recorded separately.</translation>
    </message>
    <message>
        <source>No history is kept, so there is no record for a receipt.</source>
        <translation>No history is kept, so there is no record for a receipt.</translation>
    </message>
    <message>
        <source>A verification is under way.</source>
        <translation>A verification is under way.</translation>
    </message>
    <message>
        <source>No answer yet: a receipt describes a recorded answer.</source>
        <translation>No answer yet: a receipt describes a recorded answer.</translation>
    </message>
    <message>
        <source>This answer was not recorded in the history, so there is no receipt for it.</source>
        <translation>This answer was not recorded in the history, so there is no receipt for it.</translation>
    </message>
    <message>
        <source>The inputs changed after this answer: its receipt would not describe what is on screen. Verify again.</source>
        <translation>The inputs changed after this answer: its receipt would not describe what is on screen. Verify again.</translation>
    </message>
    <message>
        <source>History: the new record cannot be read back: %1</source>
        <translation>History: the new record cannot be read back: %1</translation>
    </message>
    <message>
        <source>The history was started anew</source>
        <translation>The history was started anew</translation>
    </message>
    <message>
        <source>%1

The earlier records are still in that file, unchanged: keep it, or give it to your administrator to recover them.</source>
        <translation>%1

The earlier records are still in that file, unchanged: keep it, or give it to your administrator to recover them.</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>&amp;Operator screen</source>
        <translation>&amp;Operator screen</translation>
    </message>
    <message>
        <source>&amp;QA workbench</source>
        <translation>&amp;QA workbench</translation>
    </message>
</context>
<context>
    <name>PreCheckPanel</name>
    <message>
        <source>Local pre-check by the reference engine, not the vendor&apos;s answer</source>
        <translation>Local pre-check by the reference engine, not the vendor&apos;s answer</translation>
    </message>
    <message>
        <source>&amp;Run pre-check</source>
        <translation>&amp;Run pre-check</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Cue</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Attack evidence</source>
        <translation>Attack evidence</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>hack_score %1 from VerifyDesk&apos;s reference engine: a local pre-check, not the vendor&apos;s answer.</source>
        <translation>hack_score %1 from VerifyDesk&apos;s reference engine: a local pre-check, not the vendor&apos;s answer.</translation>
    </message>
    <message>
        <source>Runs verifydesk-engine liveness on this capture, in a process of its own.</source>
        <translation>Runs verifydesk-engine liveness on this capture, in a process of its own.</translation>
    </message>
    <message>
        <source>The engine is looking at the frames…</source>
        <translation>The engine is looking at the frames…</translation>
    </message>
    <message>
        <source>Analysed frames this cue refers to: %1. Select the row to highlight them.</source>
        <translation>Analysed frames this cue refers to: %1. Select the row to highlight them.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>frame %1 of %2</translation>
    </message>
</context>
<context>
    <name>PrivateFolder</name>
    <message>
        <source>The folder %1 can be read by other users of this computer. VerifyDesk keeps its files in it private (0600) but leaves the folder as it is; make it private (chmod 700) if it holds nothing else that others need.</source>
        <translation>The folder %1 can be read by other users of this computer. VerifyDesk keeps its files in it private (0600) but leaves the folder as it is; make it private (chmod 700) if it holds nothing else that others need.</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Choose a recorded verification first.</source>
        <translation>Choose a recorded verification first.</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Receipt…</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Save receipt as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Give the request_id of one recorded verification: verifydesk receipt REQUEST_ID [-o FILE.pdf].</source>
        <translation>Give the request_id of one recorded verification: verifydesk receipt REQUEST_ID [-o FILE.pdf].</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>No recorded verification has the request_id &quot;%1&quot;.</source>
        <translation>No recorded verification has the request_id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>Receipt written to %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>stored id: %1</source>
        <translation>stored id: %1</translation>
    </message>
    <message>
        <source>no decision (status %1)</source>
        <translation>no decision (status %1)</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>same person</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>not the same person</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>possible attack</source>
        <translation>possible attack</translation>
    </message>
    <message>
        <source>SAME PERSON</source>
        <translation>SAME PERSON</translation>
    </message>
    <message>
        <source>NOT THE SAME PERSON</source>
        <translation>NOT THE SAME PERSON</translation>
    </message>
    <message>
        <source>POSSIBLE ATTACK</source>
        <translation>POSSIBLE ATTACK</translation>
    </message>
    <message>
        <source>Verification receipt</source>
        <translation>Verification receipt</translation>
    </message>
    <message>
        <source>VerifyDesk %1, liveness selfie verification</source>
        <translation>VerifyDesk %1, liveness selfie verification</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>same person when ≥ %1</source>
        <translation>same person when ≥ %1</translation>
    </message>
    <message>
        <source>possible attack when &gt; %1</source>
        <translation>possible attack when &gt; %1</translation>
    </message>
    <message>
        <source>Identity verdict</source>
        <translation>Identity verdict</translation>
    </message>
    <message>
        <source>Liveness verdict</source>
        <translation>Liveness verdict</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation>Overall verdict</translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <source>Liveness data</source>
        <translation>Liveness data</translation>
    </message>
    <message>
        <source>False-accept rate table (vendor)</source>
        <translation>False-accept rate table (vendor)</translation>
    </message>
    <message>
        <source>False-accept rate</source>
        <translation>False-accept rate</translation>
    </message>
    <message>
        <source>On this verification</source>
        <translation>On this verification</translation>
    </message>
    <message>
        <source>decision threshold</source>
        <translation>decision threshold</translation>
    </message>
    <message>
        <source>score %1 reaches this row</source>
        <translation>score %1 reaches this row</translation>
    </message>
    <message>
        <source>False-accept rate at the decision threshold: %1</source>
        <translation>False-accept rate at the decision threshold: %1</translation>
    </message>
    <message>
        <source>Operator&apos;s signature:</source>
        <translation>Operator&apos;s signature:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Verification receipt %1</source>
        <translation>Verification receipt %1</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1.</source>
        <translation>The receipt cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>RecordedInput</name>
    <message>
        <source>not kept (keeping copies was off when it was recorded)</source>
        <translation>not kept (keeping copies was off when it was recorded)</translation>
    </message>
    <message>
        <source>the kept copy is gone: %1</source>
        <translation>the kept copy is gone: %1</translation>
    </message>
    <message>
        <source>a copy is kept, but its key is not loaded: turn on keeping copies in the settings so that the key comes from the keyring</source>
        <translation>a copy is kept, but its key is not loaded: turn on keeping copies in the settings so that the key comes from the keyring</translation>
    </message>
    <message>
        <source>the kept copy does not have the recorded SHA-256</source>
        <translation>the kept copy does not have the recorded SHA-256</translation>
    </message>
    <message>
        <source>it was not given</source>
        <translation>it was not given</translation>
    </message>
    <message>
        <source>it was given as a URL or server id, not as a file</source>
        <translation>it was given as a URL or server id, not as a file</translation>
    </message>
    <message>
        <source>%1 is no longer there and %2</source>
        <translation>%1 is no longer there and %2</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 was not recorded, so it cannot be shown to be the same file, and %2</source>
        <translation>the SHA-256 of %1 was not recorded, so it cannot be shown to be the same file, and %2</translation>
    </message>
    <message>
        <source>%1 has changed since (its SHA-256 differs) and %2</source>
        <translation>%1 has changed since (its SHA-256 differs) and %2</translation>
    </message>
    <message>
        <source>the private temporary folder cannot be made</source>
        <translation>the private temporary folder cannot be made</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>RecorderPage</name>
    <message>
        <source>R&amp;ecord</source>
        <translation>R&amp;ecord</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Blink</translation>
    </message>
    <message>
        <source>Open your mouth</source>
        <translation>Open your mouth</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Turn your head</source>
        <translation>Turn your head</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>Look into the camera</translation>
    </message>
    <message>
        <source>Choose at least one motion: the recording lasts one prompt per motion.</source>
        <translation>Choose at least one motion: the recording lasts one prompt per motion.</translation>
    </message>
    <message>
        <source>Recording: %1 frames kept.</source>
        <translation>Recording: %1 frames kept.</translation>
    </message>
    <message>
        <source>Recording: waiting for the first frame…</source>
        <translation>Recording: waiting for the first frame…</translation>
    </message>
    <message>
        <source>Motion %1 of %2</source>
        <translation>Motion %1 of %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Recording cancelled; nothing was kept.</source>
        <translation>Recording cancelled; nothing was kept.</translation>
    </message>
    <message>
        <source>Nothing usable was recorded: %1</source>
        <translation>Nothing usable was recorded: %1</translation>
    </message>
    <message>
        <source>Recorded %1 frames over %2 s. Save the capture with Save as… (Ctrl+S).</source>
        <translation>Recorded %1 frames over %2 s. Save the capture with Save as… (Ctrl+S).</translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation>Save the capture</translation>
    </message>
    <message>
        <source>Liveness captures (*.protobuf)</source>
        <translation>Liveness captures (*.protobuf)</translation>
    </message>
    <message>
        <source>The engine encodes the frames as a video…</source>
        <translation>The engine encodes the frames as a video…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>The live view appears here while recording.</source>
        <translation>The live view appears here while recording.</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;amera:</translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation>Reso&amp;lution:</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Start recording</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stops and keeps nothing (Esc).</source>
        <translation>Stops and keeps nothing (Esc).</translation>
    </message>
    <message>
        <source>B&amp;uild from frames / video…</source>
        <translation>B&amp;uild from frames / video…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>Se&amp;nd to verification</source>
        <translation>Se&amp;nd to verification</translation>
    </message>
    <message>
        <source>Puts the saved capture into the operator screen&apos;s liveness data.</source>
        <translation>Puts the saved capture into the operator screen&apos;s liveness data.</translation>
    </message>
    <message>
        <source>Recording is unavailable: no camera was found on this computer. Connect a camera, or build a capture from image files or a video with Build from frames / video…</source>
        <translation>Recording is unavailable: no camera was found on this computer. Connect a camera, or build a capture from image files or a video with Build from frames / video…</translation>
    </message>
    <message>
        <source>Recording is unavailable: the camera cannot be used (it may be busy in another program, or access is denied). The camera said: %1</source>
        <translation>Recording is unavailable: the camera cannot be used (it may be busy in another program, or access is denied). The camera said: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Choose the motions, then Start recording: the screen asks for each motion in turn with a countdown.</source>
        <translation>Choose the motions, then Start recording: the screen asks for each motion in turn with a countdown.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The answer has no request_id, so the provider cannot trace this verification.</source>
        <translation>The answer has no request_id, so the provider cannot trace this verification.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>No answer yet. Give a selfie and the liveness data, then press Verify (Ctrl+Return).</source>
        <translation>No answer yet. Give a selfie and the liveness data, then press Verify (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the request_id to the clipboard</source>
        <translation>Copy the request_id to the clipboard</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Failed input:</source>
        <translation>Failed input:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP status:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Possible attack</source>
        <translation>Possible attack</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>same person</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>not the same person</translation>
    </message>
    <message>
        <source> (false-accept rate %1)</source>
        <translation> (false-accept rate %1)</translation>
    </message>
    <message>
        <source> (between table rows; false-accept rate at most %1)</source>
        <translation> (between table rows; false-accept rate at most %1)</translation>
    </message>
    <message>
        <source> (below the table: no documented false-accept rate)</source>
        <translation> (below the table: no documented false-accept rate)</translation>
    </message>
    <message>
        <source>Liveness: live (hack_score %1 ≤ %2)</source>
        <translation>Liveness: live (hack_score %1 ≤ %2)</translation>
    </message>
    <message>
        <source>Liveness: possible attack (hack_score %1 &gt; %2)</source>
        <translation>Liveness: possible attack (hack_score %1 &gt; %2)</translation>
    </message>
    <message>
        <source>The hack_score threshold is not from the API page: %1 is the value the vendor&apos;s web demo uses. Change it in the settings.</source>
        <translation>The hack_score threshold is not from the API page: %1 is the value the vendor&apos;s web demo uses. Change it in the settings.</translation>
    </message>
    <message>
        <source>(none returned)</source>
        <translation>(none returned)</translation>
    </message>
    <message>
        <source>Identity: %1. verify_score %2; decision threshold %3%4.</source>
        <translation>Identity: %1. verify_score %2; decision threshold %3%4.</translation>
    </message>
    <message>
        <source>Liveness: cannot tell (hack_score %1: the server could not judge the capture; not taken as live)</source>
        <translation>Liveness: cannot tell (hack_score %1: the server could not judge the capture; not taken as live)</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>Ne&amp;w customer</translation>
    </message>
    <message>
        <source>Clear the inputs and the answer (Ctrl+N)</source>
        <translation>Clear the inputs and the answer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>X-Request-ID sent:</source>
        <translation>X-Request-ID sent:</translation>
    </message>
    <message>
        <source>The server&apos;s words:</source>
        <translation>The server&apos;s words:</translation>
    </message>
    <message>
        <source>Answer received at %1, %2 s after Verify.</source>
        <translation>Answer received at %1, %2 s after Verify.</translation>
    </message>
    <message>
        <source>Re-decided at verify_score %1 and hack_score %2; the server&apos;s answer is unchanged (decided at %3 and %4 when it arrived).</source>
        <translation>Re-decided at verify_score %1 and hack_score %2; the server&apos;s answer is unchanged (decided at %3 and %4 when it arrived).</translation>
    </message>
    <message>
        <source>Not copied: this answer is not for the inputs on screen</source>
        <translation>Not copied: this answer is not for the inputs on screen</translation>
    </message>
    <message>
        <source>Cancelled, nothing was decided</source>
        <translation>Cancelled, nothing was decided</translation>
    </message>
    <message>
        <source>The request was stopped before an answer arrived. Press Verify to send it again.</source>
        <translation>The request was stopped before an answer arrived. Press Verify to send it again.</translation>
    </message>
    <message>
        <source>The limit is %1 s without an answer. The server may still have processed the request: give the provider the X-Request-ID below.</source>
        <translation>The limit is %1 s without an answer. The server may still have processed the request: give the provider the X-Request-ID below.</translation>
    </message>
    <message>
        <source>⚠ Not for the inputs on screen: %1 Press Verify for an answer about them.</source>
        <translation>⚠ Not for the inputs on screen: %1 Press Verify for an answer about them.</translation>
    </message>
    <message>
        <source>Answer received on %1 %2.</source>
        <translation>Answer received on %1 %2.</translation>
    </message>
    <message>
        <source>⚠ Not recorded in the history: %1</source>
        <translation>⚠ Not recorded in the history: %1</translation>
    </message>
    <message>
        <source>Receipt (&amp;Q)…</source>
        <translation>Receipt (&amp;Q)…</translation>
    </message>
    <message>
        <source>Recorded on %1 %2.</source>
        <translation>Recorded on %1 %2.</translation>
    </message>
    <message>
        <source>The request was stopped before an answer arrived.</source>
        <translation>The request was stopped before an answer arrived.</translation>
    </message>
</context>
<context>
    <name>SelfieCheck</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px; width and height must both be more than 8 px.</source>
        <translation>The image is %1 × %2 px; width and height must both be more than 8 px.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 px; width and height must both be at most 4000 px.</source>
        <translation>The image is %1 × %2 px; width and height must both be at most 4000 px.</translation>
    </message>
    <message>
        <source>The file is %1 bytes (%2 MiB); at most 5 MiB (5242880 bytes) is accepted.</source>
        <translation>The file is %1 bytes (%2 MiB); at most 5 MiB (5242880 bytes) is accepted.</translation>
    </message>
    <message>
        <source>The file is not an image in any format VerifyDesk can read.</source>
        <translation>The file is not an image in any format VerifyDesk can read.</translation>
    </message>
    <message>
        <source>The %1 image cannot be decoded: %2</source>
        <translation>The %1 image cannot be decoded: %2</translation>
    </message>
    <message>
        <source>The JPEG file is truncated: its end-of-image marker is missing.</source>
        <translation>The JPEG file is truncated: its end-of-image marker is missing.</translation>
    </message>
    <message>
        <source>The image is %1; only JPEG, BMP, PNG, GIF and TIFF are accepted.</source>
        <translation>The image is %1; only JPEG, BMP, PNG, GIF and TIFF are accepted.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The image already meets every rule; there is nothing to fit.</source>
        <translation>The image already meets every rule; there is nothing to fit.</translation>
    </message>
    <message>
        <source>Only an image that is too large in pixels or in bytes can be fitted; this one breaks another rule.</source>
        <translation>Only an image that is too large in pixels or in bytes can be fitted; this one breaks another rule.</translation>
    </message>
    <message>
        <source>No JPEG quality and size brought the image under 5 MiB.</source>
        <translation>No JPEG quality and size brought the image under 5 MiB.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The PNG file is damaged: a part of it claims to be longer than the file.</source>
        <translation>The PNG file is damaged: a part of it claims to be longer than the file.</translation>
    </message>
</context>
<context>
    <name>SelfiePanel</name>
    <message>
        <source>Selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <source>selfie_&amp;url</source>
        <translation>selfie_&amp;url</translation>
    </message>
    <message>
        <source>selfie_image_&amp;id</source>
        <translation>selfie_image_&amp;id</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Camera…</translation>
    </message>
    <message>
        <source>Reuse last image_id</source>
        <translation>Reuse last image_id</translation>
    </message>
    <message>
        <source>Drop a selfie image here</source>
        <translation>Drop a selfie image here</translation>
    </message>
    <message>
        <source>Writes a downscaled JPEG copy that meets the API&apos;s limits; the original file is not changed.</source>
        <translation>Writes a downscaled JPEG copy that meets the API&apos;s limits; the original file is not changed.</translation>
    </message>
    <message>
        <source>Open a selfie</source>
        <translation>Open a selfie</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Paste a selfie</source>
        <translation>Paste a selfie</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy an image or an image file, then paste again.</source>
        <translation>The clipboard holds no image. Copy an image or an image file, then paste again.</translation>
    </message>
    <message>
        <source>Fit to limits</source>
        <translation>Fit to limits</translation>
    </message>
    <message>
        <source>Fitted copy of %1 (JPEG quality %2); the original is unchanged.</source>
        <translation>Fitted copy of %1 (JPEG quality %2); the original is unchanged.</translation>
    </message>
    <message>
        <source>This file shows no image</source>
        <translation>This file shows no image</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4</source>
        <translation>%1, %2 × %3 px, %4</translation>
    </message>
    <message>
        <source>EXIF orientation %1 applied: shown as the server will see it.</source>
        <translation>EXIF orientation %1 applied: shown as the server will see it.</translation>
    </message>
    <message>
        <source>image_id of an earlier answer</source>
        <translation>image_id of an earlier answer</translation>
    </message>
    <message>
        <source>&amp;Selfie file (drop, open, paste or camera)</source>
        <translation>&amp;Selfie file (drop, open, paste or camera)</translation>
    </message>
    <message>
        <source>Fit to li&amp;mits</source>
        <translation>Fit to li&amp;mits</translation>
    </message>
    <message>
        <source>selfie_&amp;auto_rotate: let the server turn a sideways face upright</source>
        <translation>selfie_&amp;auto_rotate: let the server turn a sideways face upright</translation>
    </message>
    <message>
        <source>No file is sent: the selfie is given as %1.</source>
        <translation>No file is sent: the selfie is given as %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Keep copies of the input files with the history</source>
        <translation>&amp;Keep copies of the input files with the history</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 (false-accept rate %2)</source>
        <translation>%1 (false-accept rate %2)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>HTTP proxy:</source>
        <translation>HTTP proxy:</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>api_&amp;id:</source>
        <translation>api_&amp;id:</translation>
    </message>
    <message>
        <source>api_&amp;secret:</source>
        <translation>api_&amp;secret:</translation>
    </message>
    <message>
        <source>No system keyring is reachable: a secret entered here is kept for this run only.</source>
        <translation>No system keyring is reachable: a secret entered here is kept for this run only.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>Extra &amp;CA bundle:</translation>
    </message>
    <message>
        <source>Certificates are always verified; a corporate CA can be added here.</source>
        <translation>Certificates are always verified; a corporate CA can be added here.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address such as https://cloudapi.linkface.cn.</source>
        <translation>&quot;%1&quot; is not an http:// or https:// address such as https://cloudapi.linkface.cn.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a query or user name; enter the base address only.</source>
        <translation>The endpoint must not contain a query or user name; enter the base address only.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Enter the proxy&apos;s host name.</translation>
    </message>
    <message>
        <source>Same person when &amp;verify_score ≥</source>
        <translation>Same person when &amp;verify_score ≥</translation>
    </message>
    <message>
        <source>Possible attack when &amp;hack_score &gt;</source>
        <translation>Possible attack when &amp;hack_score &gt;</translation>
    </message>
    <message>
        <source>The window switches to the new language at once.</source>
        <translation>The window switches to the new language at once.</translation>
    </message>
    <message>
        <source>The vendor recommends %1. A higher row accepts fewer impostors and rejects more genuine customers.</source>
        <translation>The vendor recommends %1. A higher row accepts fewer impostors and rejects more genuine customers.</translation>
    </message>
    <message>
        <source>Not from the API page, which gives no hack_score threshold: %1 is the value the vendor&apos;s web demo uses.</source>
        <translation>Not from the API page, which gives no hack_score threshold: %1 is the value the vendor&apos;s web demo uses.</translation>
    </message>
    <message>
        <source>The secret is stored in the system keyring, never in a file, separately for each endpoint.</source>
        <translation>The secret is stored in the system keyring, never in a file, separately for each endpoint.</translation>
    </message>
    <message>
        <source>The keyring could not be read: %1</source>
        <translation>The keyring could not be read: %1</translation>
    </message>
    <message>
        <source>No api_secret is saved for %1 and api_id &quot;%2&quot;; enter it above to test.</source>
        <translation>No api_secret is saved for %1 and api_id &quot;%2&quot;; enter it above to test.</translation>
    </message>
    <message>
        <source>api_secret for the new endpoint</source>
        <translation>api_secret for the new endpoint</translation>
    </message>
    <message>
        <source>The api_secret is stored separately for each endpoint, and none is saved for %1 with api_id &quot;%2&quot;.

Copy the api_secret saved for %3 to the new endpoint? Choose No to enter another one.</source>
        <translation>The api_secret is stored separately for each endpoint, and none is saved for %1 with api_id &quot;%2&quot;.

Copy the api_secret saved for %3 to the new endpoint? Choose No to enter another one.</translation>
    </message>
    <message>
        <source>The api_secret could not be copied: %1</source>
        <translation>The api_secret could not be copied: %1</translation>
    </message>
    <message>
        <source>required for %1</source>
        <translation>required for %1</translation>
    </message>
    <message>
        <source>The api_secret is stored separately for each endpoint. Enter the api_secret for %1, then press OK.</source>
        <translation>The api_secret is stored separately for each endpoint. Enter the api_secret for %1, then press OK.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>Recorded with every verification and printed on its receipt.</source>
        <translation>Recorded with every verification and printed on its receipt.</translation>
    </message>
    <message>
        <source>forever (keep every record)</source>
        <translation>forever (keep every record)</translation>
    </message>
    <message>
        <source>&amp;Retain the history for:</source>
        <translation>&amp;Retain the history for:</translation>
    </message>
    <message>
        <source>Older records are deleted, with the copies only they used, at start and once a day; a change applies at once. The default is %1 days.</source>
        <translation>Older records are deleted, with the copies only they used, at start and once a day; a change applies at once. The default is %1 days.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to VerifyDesk</source>
        <translation>Welcome to VerifyDesk</translation>
    </message>
    <message>
        <source>No system keyring is reachable: the api_secret is kept in memory for this run only and must be entered again next time. It is never written to a file.</source>
        <translation>No system keyring is reachable: the api_secret is kept in memory for this run only and must be entered again next time. It is never written to a file.</translation>
    </message>
    <message>
        <source>The api_secret is stored in the system keyring, never in a file.</source>
        <translation>The api_secret is stored in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>api_&amp;id:</source>
        <translation>api_&amp;id:</translation>
    </message>
    <message>
        <source>api_&amp;secret:</source>
        <translation>api_&amp;secret:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Enter both the api_id and the api_secret of your account.</source>
        <translation>Enter both the api_id and the api_secret of your account.</translation>
    </message>
    <message>
        <source>VerifyDesk sends a selfie and the liveness data of the vendor&apos;s SDK to the verification API. Enter the API&apos;s address and your account. The default endpoint is the vendor&apos;s cloud; a local verifydesk-server works as well, by default at %1.</source>
        <translation>VerifyDesk sends a selfie and the liveness data of the vendor&apos;s SDK to the verification API. Enter the API&apos;s address and your account. The default endpoint is the vendor&apos;s cloud; a local verifydesk-server works as well, by default at %1.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Operator name:</translation>
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
        <translation>False-accept rate</translation>
    </message>
    <message>
        <source>On this answer</source>
        <translation>On this answer</translation>
    </message>
    <message>
        <source>Threshold table</source>
        <translation>Threshold table</translation>
    </message>
    <message>
        <source>score %1 reaches this row</source>
        <translation>score %1 reaches this row</translation>
    </message>
    <message>
        <source>decision threshold</source>
        <translation>decision threshold</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two notes of a row</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>VerificationJob</name>
    <message>
        <source>No data moved for %1 seconds.</source>
        <translation>No data moved for %1 seconds.</translation>
    </message>
    <message>
        <source>The answer started but did not finish within %1 s.</source>
        <translation>The answer started but did not finish within %1 s.</translation>
    </message>
    <message>
        <source>The request was sent, but no answer started within %1 s.</source>
        <translation>The request was sent, but no answer started within %1 s.</translation>
    </message>
    <message>
        <source>The upload did not finish within %1 s (%2 of %3 bytes sent).</source>
        <translation>The upload did not finish within %1 s (%2 of %3 bytes sent).</translation>
    </message>
    <message>
        <source>The server closed the connection during the upload, after %1 of %2 bytes, without answering.</source>
        <translation>The server closed the connection during the upload, after %1 of %2 bytes, without answering.</translation>
    </message>
    <message>
        <source>The server closed the connection without sending any answer.</source>
        <translation>The server closed the connection without sending any answer.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Selfie image file to upload (selfie_file).</source>
        <translation>Selfie image file to upload (selfie_file).</translation>
    </message>
    <message>
        <source>Selfie URL the server downloads (selfie_url).</source>
        <translation>Selfie URL the server downloads (selfie_url).</translation>
    </message>
    <message>
        <source>image_id of a selfie stored earlier (selfie_image_id).</source>
        <translation>image_id of a selfie stored earlier (selfie_image_id).</translation>
    </message>
    <message>
        <source>Liveness data file of the SDK to upload (liveness_data_file).</source>
        <translation>Liveness data file of the SDK to upload (liveness_data_file).</translation>
    </message>
    <message>
        <source>Liveness data URL the server downloads (liveness_data_url).</source>
        <translation>Liveness data URL the server downloads (liveness_data_url).</translation>
    </message>
    <message>
        <source>liveness_data_id of liveness data stored earlier.</source>
        <translation>liveness_data_id of liveness data stored earlier.</translation>
    </message>
    <message>
        <source>Let the server turn a sideways face upright (selfie_auto_rotate=true).</source>
        <translation>Let the server turn a sideways face upright (selfie_auto_rotate=true).</translation>
    </message>
    <message>
        <source>The account&apos;s api_id (default: the one set up in the desktop app).</source>
        <translation>The account&apos;s api_id (default: the one set up in the desktop app).</translation>
    </message>
    <message>
        <source>Print the API&apos;s JSON answer instead of a summary.</source>
        <translation>Print the API&apos;s JSON answer instead of a summary.</translation>
    </message>
    <message>
        <source>Give exactly one selfie: --selfie FILE, --selfie-url URL or --selfie-id ID.</source>
        <translation>Give exactly one selfie: --selfie FILE, --selfie-url URL or --selfie-id ID.</translation>
    </message>
    <message>
        <source>Give exactly one liveness input: --liveness FILE, --liveness-url URL or --liveness-id ID.</source>
        <translation>Give exactly one liveness input: --liveness FILE, --liveness-url URL or --liveness-id ID.</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (attempt %3 of %4).</source>
        <translation>%1; retrying in %2 s (attempt %3 of %4).</translation>
    </message>
    <message>
        <source>SAME PERSON</source>
        <translation>SAME PERSON</translation>
    </message>
    <message>
        <source>NOT THE SAME PERSON</source>
        <translation>NOT THE SAME PERSON</translation>
    </message>
    <message>
        <source>POSSIBLE ATTACK</source>
        <translation>POSSIBLE ATTACK</translation>
    </message>
    <message>
        <source>reaches the %1 row (false-accept rate %2)</source>
        <translation>reaches the %1 row (false-accept rate %2)</translation>
    </message>
    <message>
        <source>below the lowest row of the table (0.4)</source>
        <translation>below the lowest row of the table (0.4)</translation>
    </message>
    <message>
        <source>verify_score %1: %2.</source>
        <translation>verify_score %1: %2.</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>same person</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>not the same person</translation>
    </message>
    <message>
        <source>, false-accept rate %1</source>
        <translation>, false-accept rate %1</translation>
    </message>
    <message>
        <source>, false-accept rate at most %1</source>
        <translation>, false-accept rate at most %1</translation>
    </message>
    <message>
        <source>Liveness: %1 (hack_score %2, attack above %3; this threshold is not from the API page but from the vendor&apos;s web demo).</source>
        <translation>Liveness: %1 (hack_score %2, attack above %3; this threshold is not from the API page but from the vendor&apos;s web demo).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>possible attack</source>
        <translation>possible attack</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Failed input: %1</source>
        <translation>Failed input: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Also log each request on stderr (the secret is never logged).</source>
        <translation>Also log each request on stderr (the secret is never logged).</translation>
    </message>
    <message>
        <source>Identity: %1 (decision threshold %2%3).</source>
        <translation>Identity: %1 (decision threshold %2%3).</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://cloudapi.linkface.cn (default: the one set up in the desktop app).</source>
        <translation>Base URL of the API, e.g. https://cloudapi.linkface.cn (default: the one set up in the desktop app).</translation>
    </message>
    <message>
        <source>Send inputs that break a rule of the API anyway (a selfie the API refuses, liveness data that is not protobuf).</source>
        <translation>Send inputs that break a rule of the API anyway (a selfie the API refuses, liveness data that is not protobuf).</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds from 1 to 3600.</source>
        <translation>--timeout &quot;%1&quot; is not a number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Give --force to send these inputs anyway.</source>
        <translation>Give --force to send these inputs anyway.</translation>
    </message>
    <message>
        <source>Warning (sent because of --force): %1</source>
        <translation>Warning (sent because of --force): %1</translation>
    </message>
    <message>
        <source>the selfie breaks a rule of the API: %1</source>
        <translation>the selfie breaks a rule of the API: %1</translation>
    </message>
    <message>
        <source>verify: the operator recorded with the verification (default: the setting, else the OS user&apos;s full name); history: only this operator&apos;s records.</source>
        <translation>verify: the operator recorded with the verification (default: the setting, else the OS user&apos;s full name); history: only this operator&apos;s records.</translation>
    </message>
    <message>
        <source>The case reference (customer file or ticket number) recorded with the verification.</source>
        <translation>The case reference (customer file or ticket number) recorded with the verification.</translation>
    </message>
    <message>
        <source>the liveness data is not well-formed protobuf (%1).</source>
        <translation>the liveness data is not well-formed protobuf (%1).</translation>
    </message>
    <message>
        <source>Liveness: cannot tell (hack_score %1: the server could not judge the capture, so it is not taken as live).</source>
        <translation>Liveness: cannot tell (hack_score %1: the server could not judge the capture, so it is not taken as live).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>End each attempt after at most this many seconds, 1 to 3600 (default: the desktop app&apos;s overall timeout, and its transfer timeout for a stall).</source>
        <translation>End each attempt after at most this many seconds, 1 to 3600 (default: the desktop app&apos;s overall timeout, and its transfer timeout for a stall).</translation>
    </message>
</context>
<context>
    <name>VideoPoster</name>
    <message>
        <source>the engine did not decode the clip within %1 s and was stopped</source>
        <translation>the engine did not decode the clip within %1 s and was stopped</translation>
    </message>
    <message>
        <source>verifydesk-engine, which decodes clips, is not installed next to VerifyDesk or on PATH</source>
        <translation>verifydesk-engine, which decodes clips, is not installed next to VerifyDesk or on PATH</translation>
    </message>
    <message>
        <source>the clip has %1 bytes, more than the %2 MiB decoded for a thumbnail</source>
        <translation>the clip has %1 bytes, more than the %2 MiB decoded for a thumbnail</translation>
    </message>
    <message>
        <source>no private temporary folder could be made for the clip</source>
        <translation>no private temporary folder could be made for the clip</translation>
    </message>
    <message>
        <source>the clip cannot be written to the private temporary folder</source>
        <translation>the clip cannot be written to the private temporary folder</translation>
    </message>
    <message>
        <source>verifydesk-engine could not be started: %1</source>
        <translation>verifydesk-engine could not be started: %1</translation>
    </message>
    <message>
        <source>the engine stopped without a frame (exit code %1)</source>
        <translation>the engine stopped without a frame (exit code %1)</translation>
    </message>
    <message>
        <source>the engine could not decode the clip: %1</source>
        <translation>the engine could not decode the clip: %1</translation>
    </message>
    <message>
        <source>the engine&apos;s frame cannot be read</source>
        <translation>the engine&apos;s frame cannot be read</translation>
    </message>
    <message>
        <source>the engine&apos;s frame is not the JPEG asked for</source>
        <translation>the engine&apos;s frame is not the JPEG asked for</translation>
    </message>
</context>
<context>
    <name>WireReader</name>
    <message>
        <source>Byte %1 holds field number 0, which protobuf does not allow.</source>
        <translation>Byte %1 holds field number 0, which protobuf does not allow.</translation>
    </message>
    <message>
        <source>The data ends inside a field tag at byte %1: it is truncated.</source>
        <translation>The data ends inside a field tag at byte %1: it is truncated.</translation>
    </message>
    <message>
        <source>The field tag at byte %1 is not a valid number.</source>
        <translation>The field tag at byte %1 is not a valid number.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 has wire type %3, which does not exist.</source>
        <translation>Field %1 at byte %2 has wire type %3, which does not exist.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 ends a group that was never started.</source>
        <translation>Field %1 at byte %2 ends a group that was never started.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 ends inside its number: the data is truncated.</source>
        <translation>Field %1 at byte %2 ends inside its number: the data is truncated.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 holds a number longer than 10 bytes.</source>
        <translation>Field %1 at byte %2 holds a number longer than 10 bytes.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 needs %3 bytes, but only %4 remain: the data is truncated.</source>
        <translation>Field %1 at byte %2 needs %3 bytes, but only %4 remain: the data is truncated.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 ends inside its length: the data is truncated.</source>
        <translation>Field %1 at byte %2 ends inside its length: the data is truncated.</translation>
    </message>
    <message>
        <source>The length of field %1 at byte %2 is not a valid number.</source>
        <translation>The length of field %1 at byte %2 is not a valid number.</translation>
    </message>
    <message>
        <source>Field %1 at byte %2 declares %3 bytes, but only %4 remain: the data is truncated.</source>
        <translation>Field %1 at byte %2 declares %3 bytes, but only %4 remain: the data is truncated.</translation>
    </message>
    <message>
        <source>The group of field %1 at byte %2 is damaged, nested too deep or never closed.</source>
        <translation>The group of field %1 at byte %2 is damaged, nested too deep or never closed.</translation>
    </message>
</context>
<context>
    <name>WireTree</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file is %1; protobuf data is at most 2 GiB.</source>
        <translation>The file is %1; protobuf data is at most 2 GiB.</translation>
    </message>
    <message>
        <source>The file %1 cannot be mapped: %2</source>
        <translation>The file %1 cannot be mapped: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The value cannot be read from %1.</source>
        <translation>The value cannot be read from %1.</translation>
    </message>
    <message>
        <source>varint</source>
        <translation>varint</translation>
    </message>
    <message>
        <source>fixed64</source>
        <translation>fixed64</translation>
    </message>
    <message>
        <source>length-delimited</source>
        <translation>length-delimited</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>fixed32</source>
        <translation>fixed32</translation>
    </message>
    <message>
        <source>wire type %1</source>
        <translation>wire type %1</translation>
    </message>
    <message>
        <source>%1 (signed %2)</source>
        <translation>%1 (signed %2)</translation>
    </message>
    <message>
        <source>%1 (zigzag %2)</source>
        <translation>%1 (zigzag %2)</translation>
    </message>
    <message>
        <source>%1 (double %2)</source>
        <translation>%1 (double %2)</translation>
    </message>
    <message>
        <source>%1 (float %2)</source>
        <translation>%1 (float %2)</translation>
    </message>
    <message>
        <source>message, %1</source>
        <translation>message, %1</translation>
    </message>
    <message>
        <source>group, %1</source>
        <translation>group, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>bytes, %1; read as packed varints (%2 values): %3</source>
        <translation>bytes, %1; read as packed varints (%2 values): %3</translation>
    </message>
    <message>
        <source>bytes, %1</source>
        <translation>bytes, %1</translation>
    </message>
    <message>
        <source>cut off after %1</source>
        <translation>cut off after %1</translation>
    </message>
</context>
<context>
    <name>WireTreeModel</name>
    <message>
        <source>Field path %1</source>
        <translation>Field path %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Wire type</source>
        <translation>Wire type</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>WorkbenchWindow</name>
    <message>
        <source>VerifyDesk — QA workbench</source>
        <translation>VerifyDesk — QA workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open file to inspect…</source>
        <translation>&amp;Open file to inspect…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspect</translation>
    </message>
</context>
</TS>
