package com.necxian.refunds.intake.application;

import com.necxian.refunds.events.RefundRequested;

/** Where an accepted request goes: returns only once the event is durably written, else throws. */
public interface RefundRequestPublisher {

    /** @throws RefundRequestNotWritten when the broker did not acknowledge the event in time */
    void publish(RefundRequested event);
}
