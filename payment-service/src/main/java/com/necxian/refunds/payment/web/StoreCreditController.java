package com.necxian.refunds.payment.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.payment.application.PaymentRecords;
import com.necxian.refunds.payment.domain.StoreCredit;
import com.necxian.refunds.web.openapi.ProblemSchema;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A customer's store-credit balances (one per currency) and the entries behind them. */
@RestController
@Tag(name = "Store credit", description = "Customers' store-credit balances and the refunds that made them up")
class StoreCreditController {

    @Schema(name = "StoreCredit", description = "A customer's store-credit account",
            requiredProperties = {"customerId", "balances", "entries"})
    record StoreCreditView(
            @Schema(example = "C-42") String customerId,
            @ArraySchema(schema = @Schema(implementation = BalanceView.class), minItems = 1,
                    arraySchema = @Schema(description = "One balance per currency")) List<BalanceView> balances,
            @ArraySchema(schema = @Schema(implementation = EntryView.class),
                    arraySchema = @Schema(description = "Every credit, oldest first")) List<EntryView> entries) {
    }

    @Schema(name = "StoreCreditBalance", requiredProperties = {"currency", "balance"})
    record BalanceView(
            @Schema(description = "ISO 4217", pattern = OpenApiFormats.CURRENCY, example = "EUR") String currency,
            @Schema(pattern = OpenApiFormats.AMOUNT, example = "45.50") String balance) {
    }

    @Schema(name = "StoreCreditEntry", description = "A credit granted for a refund",
            requiredProperties = {"amount", "currency", "refundId", "orderNumber", "at"})
    record EntryView(
            @Schema(pattern = OpenApiFormats.AMOUNT, example = "45.50") String amount,
            @Schema(description = "ISO 4217", pattern = OpenApiFormats.CURRENCY, example = "EUR") String currency,
            @Schema(example = "5d1b3c1e-7a7e-4c1a-9f3e-2a6b8c0d1e2f") String refundId,
            @Schema(example = "NX-100234") String orderNumber,
            @Schema(format = "date-time") Instant at) {
    }

    private final PaymentRecords records;

    StoreCreditController(PaymentRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/store-credit/{customerId}")
    @Operation(operationId = "getStoreCredit", summary = "Read a customer's store credit",
            description = "The customer's balance in each currency and the entries behind them.")
    @ApiResponse(responseCode = "200", description = "The customer's store-credit account")
    @ApiResponse(responseCode = "404", description = "The customer was never granted store credit",
            content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(ref = ProblemSchema.REF),
                    examples = @ExampleObject(value = """
                            {"type": "https://necxian.example/problems/store-credit-account-not-found",
                             "title": "Store-credit account not found", "status": 404,
                             "detail": "Customer C-42 has no store-credit account.",
                             "instance": "/api/v1/store-credit/C-42"}""")))
    StoreCreditView find(@Parameter(description = "The customer's id, as the storefront sent it",
            example = "C-42") @PathVariable String customerId) {
        return view(records.storeCredit(customerId));
    }

    private static StoreCreditView view(StoreCredit account) {
        return new StoreCreditView(account.customerId(),
                account.balances().stream().map(b -> new BalanceView(b.currency(),
                        Money.decimal(b.balanceMinor(), b.currency()))).toList(),
                account.entries().stream().map(e -> new EntryView(Money.decimal(e.amountMinor(), e.currency()),
                        e.currency(), e.refundId(), e.orderNumber(), e.at())).toList());
    }
}
