package io.jfvm.jmh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageThroughputTest {

    @Test
    void gasPerNanosecondIsComparedWithTheFvmGasClock() throws IOException {
        MessageThroughput suite = new MessageThroughput(Samples.read(MessageThroughput.FILE));
        List<MessageThroughput.Group> groups = suite.groups();
        assertEquals(List.of("Send", "PreCommitSector"), groups.stream().map(MessageThroughput.Group::name).toList());
        // Send: 2.5e10 gas/s = 25 gas/ns, 2.5× the FVM's 10 gas/ns.
        assertEquals(2500, groups.get(0).messagesPerSecond(), 1e-9);
        assertEquals(25, groups.get(0).gasPerNs(), 1e-9);
        assertEquals(2.5, groups.get(0).fvmRatio(), 1e-9);
        // PreCommitSector: 8e9 gas/s = 8 gas/ns, slower than the FVM assumes.
        assertEquals(0.8, groups.get(1).fvmRatio(), 1e-9);
    }

    @Test
    void oneGroupBelowTheGasClockMissesTheTarget() throws IOException {
        MessageThroughput suite = new MessageThroughput(Samples.read(MessageThroughput.FILE));
        assertEquals(Verdict.NOT_MET, suite.verdict());
        assertTrue(suite.body().contains("| PreCommitSector | 10.0 | 40.0 ± 1.00 | 8.00 ± 0.200 | 0.80× | no |"),
                suite.body());
    }

    @Test
    void noResultsIsNotMeasured() {
        assertEquals(Verdict.NOT_MEASURED, new MessageThroughput(List.of()).verdict());
    }
}
