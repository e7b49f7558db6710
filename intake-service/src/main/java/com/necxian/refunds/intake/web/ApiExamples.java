package com.necxian.refunds.intake.web;

/** The request and answer examples of the OpenAPI document (http-api.md's own examples). */
final class ApiExamples {

    static final String REFUND_REQUEST = """
            {"orderNumber": "NX-100234", "orderedAt": "2026-11-01T10:00:00Z", "processedAt": "2026-11-01T12:00:00Z",
             "customer": {"id": "C-42", "email": "ana@example.com", "name": "Ana Ruiz"},
             "payment": {"method": "CARD", "reference": "pay_8f2k"}, "currency": "EUR", "reason": "DEFECTIVE",
             "description": "Left earcup crackles after two days.",
             "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/1.jpg", "note": "crack"}],
             "preferredResolution": "REFUND",
             "lines": [{"lineId": "1", "sku": "HP-200", "description": "Headphones", "productType": "PHYSICAL",
                        "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "199.00",
                        "deliveredAt": "2026-11-03T10:00:00Z"}]}
            """;

    static final String ACKNOWLEDGEMENT = """
            {"refundId": "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10", "status": "RECEIVED",
             "respondBy": "2026-11-08T10:00:00Z"}
            """;

    static final String STATUS_VIEW = """
            {"refundId": "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10", "orderNumber": "NX-100234", "status": "APPROVED",
             "respondBy": "2026-11-08T10:00:00Z", "processBy": "2026-11-09T10:00:00Z",
             "decision": {"outcome": "APPROVED", "approvedAmount": "199.00", "currency": "EUR", "resolution": "REFUND",
                          "clauses": ["STD-1"], "policyVersion": 3, "decidedBy": "policy",
                          "lines": [{"lineId": "1", "outcome": "APPROVE", "clauses": ["STD-1"],
                                     "explanation": "Returned within 30 days of delivery."}]},
             "payment": null, "review": null,
             "history": [{"status": "RECEIVED", "at": "2026-11-01T10:00:00Z"},
                         {"status": "APPROVED", "at": "2026-11-01T10:00:01Z"}],
             "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"}
            """;

    private ApiExamples() {
    }
}
