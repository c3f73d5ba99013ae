package io.taospring.client.fault;

/**
 * Prints one line per scenario with its measured figures ({@code FAULT | scenario | outcome | accounting}), from
 * which the README's Reliability table is written: the test output (grep for FAULT).
 */
final class Report {

    private Report() {
    }

    static void row(String scenario, String outcome, String accounting) {
        System.out.println("FAULT | " + scenario + " | " + outcome + " | " + accounting);
    }
}
