package com.necxian.refunds.policy.domain;

/** What an order line sells; decides which block of the decision table applies. */
public enum ProductType {
    PHYSICAL, DIGITAL, SUBSCRIPTION, PROFESSIONAL_SERVICE, CUSTOM_SERVICE, THIRD_PARTY_SERVICE, UNKNOWN
}
