package com.necxian.refunds.testsupport;

/** Polling a child process's port: there is nothing to wait on instead. */
final class Pause {

    private Pause() {
    }

    static void briefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
