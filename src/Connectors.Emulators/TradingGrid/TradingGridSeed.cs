namespace Connectors.Emulators.TradingGrid;

/// <summary>Default seed data: three partners with spaces and contacts, and a day of EDI traffic with realistic failures.</summary>
public static class TradingGridSeed
{
    /// <summary>The seeded company (buyer) id.</summary>
    public const string CompanyId = "GC00804444LX";

    /// <summary>The seeded company's EDI address.</summary>
    public const string CompanyAddress = "ZZ:DEMORETAILER";

    /// <summary>Verona Vittles, a food supplier.</summary>
    public const string VeronaVittles = "GC041543822654";

    /// <summary>Northwind Logistics, a carrier.</summary>
    public const string NorthwindLogistics = "GC055120017733";

    /// <summary>Acme Packaging, a packaging supplier in onboarding follow-up.</summary>
    public const string AcmePackaging = "GC060300912288";

    /// <summary>The seeded user's id (the Community Management collection's <c>MyuserId</c>).</summary>
    public const string UserId = "GCP6U3F660I61";

    /// <summary>The seeded user's login id (the collection's <c>MyloginId</c>).</summary>
    public const string LoginId = "validuserid@somewhere.com";

    /// <summary>Seeds partners, spaces, contacts, the user and its roles, entitlements and transactions.</summary>
    /// <param name="state">The state to fill.</param>
    public static void Apply(TradingGridState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.AddPartner(
            new TgPartner(VeronaVittles, "Verona Vittles", ["ZZ:DEMOSUPPLIER5", "01:147678796"], "Active", "US"),
            new TgContact("GCP6U3F660I61", "maria.rossi@veronavittles.example", "Maria", "Rossi", "EDI Coordinator", new TgContactInformation("maria.rossi@veronavittles.example", "+1 518 555 0101")),
            new TgContact("GCP6U3F660I62", "li.chen@veronavittles.example", "Li", "Chen", "Accounts Receivable", new TgContactInformation("li.chen@veronavittles.example", null)));
        state.AddPartner(
            new TgPartner(NorthwindLogistics, "Northwind Logistics", ["ZZ:NWLOGISTICS"], "Active", "CA"),
            new TgContact("GCP7A1B2C3D4E5", "ops@northwind.example", "Sam", "Taylor", "Operations", new TgContactInformation("ops@northwind.example", "+1 416 555 0199")));
        state.AddPartner(
            new TgPartner(AcmePackaging, "Acme Packaging", ["ZZ:ACMEPACK"], "Testing", "DE"),
            new TgContact("GCP8Z9Y8X7W6V5", "edi@acmepack.example", "Jonas", "Weber", "IT", new TgContactInformation("edi@acmepack.example", null)));

        state.Users.Add(
            new System.Text.Json.Nodes.JsonObject
            {
                ["loginId"] = LoginId,
                ["firstName"] = "Firstname",
                ["lastName"] = "Lastname",
                ["type"] = "Web",
                ["contactInformation"] = new System.Text.Json.Nodes.JsonObject { ["email"] = LoginId },
            },
            UserId);
        state.Users.ChangeRoles(LoginId, add: true, ["Account Admin", "Lens Standard role"]);
        state.Users.SetCompanyEntitlements("Lens", "Community Management", "Cartographer");

        var day = state.Time.GetUtcNow().AddHours(-6);
        foreach (var transaction in Traffic(day))
        {
            state.AddTransaction(transaction);
        }
    }

    /// <summary>A failed transaction for paging tests: an 850 rejected by the partner's 997 (AK5*R).</summary>
    /// <param name="index">A distinguishing number.</param>
    /// <param name="arrival">Arrival time.</param>
    public static TgTransaction RejectedPurchaseOrder(int index, DateTimeOffset arrival) => new()
    {
        TransactionId = $"TX{index:D10}",
        CorrelationId = $"c0rr-{index:D6}",
        SenderName = "Demo Retailer",
        SenderAddress = CompanyAddress,
        ReceiverName = "Verona Vittles",
        ReceiverAddress = "ZZ:DEMOSUPPLIER5",
        EdiType = "850",
        StandardVersion = "X12 004010",
        Status = "Failed",
        StatusDate = arrival.AddMinutes(7),
        ArrivalTime = arrival,
        ErrorCode = "997-AK5-R-5",
        ErrorType = "FunctionalAcknowledgementRejected",
        ExternalErrorMessage = "997 AK5*R*5: one or more segments in error; AK3*PO1*12*PO1*8 segment has data element errors; AK4*4*212*7 invalid character in unit price.",
        ReceiveAckStatus = "Rejected",
        DeliveryStatus = "Delivered",
        ContentKeys = [new TgContentKey("purchase order number", $"PO-{index:D6}")],
    };

    private static IEnumerable<TgTransaction> Traffic(DateTimeOffset start)
    {
        yield return new TgTransaction
        {
            TransactionId = "TX0000009001", CorrelationId = "60e20a6e-c1bb-48d4-98c3-90cb8823fc8a", SenderName = "Demo Retailer", SenderAddress = CompanyAddress,
            ReceiverName = "Verona Vittles", ReceiverAddress = "ZZ:DEMOSUPPLIER5", EdiType = "850", StandardVersion = "X12 004010", Status = "Delivered",
            StatusDate = start.AddMinutes(2), ArrivalTime = start, ReceiveAckStatus = "Accepted", DeliveryStatus = "Delivered",
            ContentKeys = [new TgContentKey("purchase order number", "PO-104233")],
        };
        yield return RejectedPurchaseOrder(9002, start.AddMinutes(10)) with { CorrelationId = "7b1f3c2a-0d4e-4a57-9f0e-2d1c5a7e8b90" };
        yield return new TgTransaction
        {
            TransactionId = "TX0000009003", CorrelationId = "a2c9d8e1-5b3f-4c6a-8e7d-1f0b2a3c4d5e", TransactionLevel = "Interchange", SenderName = "Northwind Logistics",
            SenderAddress = "ZZ:NWLOGISTICS", ReceiverName = "Demo Retailer", ReceiverAddress = CompanyAddress, EdiType = "856", StandardVersion = "X12 005010",
            Status = "Failed", StatusDate = start.AddMinutes(21), ArrivalTime = start.AddMinutes(20), ErrorCode = "TA1-R-022", ErrorType = "InterchangeRejected",
            ExternalErrorMessage = "TA1*000004512*241118*0930*R*022: invalid control structure; IEA02 control number does not match ISA13.",
            ReceiveAckStatus = "NotExpected", DeliveryStatus = "NotDelivered",
            ContentKeys = [new TgContentKey("shipment identification", "ASN-88120")],
        };
        yield return new TgTransaction
        {
            TransactionId = "TX0000009004", CorrelationId = "f4e3d2c1-b0a9-4877-8665-544332211000", SenderName = "Verona Vittles", SenderAddress = "ZZ:DEMOSUPPLIER5",
            ReceiverName = "Demo Retailer", ReceiverAddress = CompanyAddress, EdiType = "810", StandardVersion = "X12 004010", Status = "Held",
            StatusDate = start.AddMinutes(41), ArrivalTime = start.AddMinutes(40), ErrorCode = "MD-PRICE-MISMATCH", ErrorType = "MasterDataMismatch",
            ExternalErrorMessage = "Invoice held: IT1 unit price 12.50 differs from PO-104233 line 3 price 12.00; invoice total 1250.00 vs PO total 1200.00.",
            ReceiveAckStatus = "Accepted", DeliveryStatus = "Held",
            ContentKeys = [new TgContentKey("invoice number", "INV-55012"), new TgContentKey("purchase order number", "PO-104233")],
        };
        yield return new TgTransaction
        {
            TransactionId = "TX0000009005", CorrelationId = "0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f", SenderName = "Demo Retailer", SenderAddress = CompanyAddress,
            ReceiverName = "Verona Vittles", ReceiverAddress = "ZZ:DEMOSUPPLIER5", EdiType = "850", StandardVersion = "X12 004010", Status = "Failed",
            StatusDate = start.AddHours(5), ArrivalTime = start.AddMinutes(60), ErrorCode = "ACK-OVERDUE", ErrorType = "MissingAcknowledgement",
            ExternalErrorMessage = "No 997 functional acknowledgement received within 4 hours for GS control number 4512.",
            ReceiveAckStatus = "Overdue", DeliveryStatus = "Delivered",
            ContentKeys = [new TgContentKey("purchase order number", "PO-104240")],
        };
        yield return new TgTransaction
        {
            TransactionId = "TX0000009006", CorrelationId = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", SenderName = "Verona Vittles", SenderAddress = "ZZ:DEMOSUPPLIER5",
            ReceiverName = "Demo Retailer", ReceiverAddress = CompanyAddress, EdiType = "856", StandardVersion = "X12 004010", Status = "Failed",
            StatusDate = start.AddMinutes(81), ArrivalTime = start.AddMinutes(80), ErrorCode = "TRN-1021", ErrorType = "TranslationError",
            ExternalErrorMessage = "Map ASN_856_IN: mandatory segment N1*ST (ship-to) missing in loop HL*S; AK5*R*5 returned to sender.",
            ReceiveAckStatus = "Rejected", DeliveryStatus = "NotDelivered",
            ContentKeys = [new TgContentKey("shipment identification", "ASN-77301"), new TgContentKey("purchase order number", "PO-104233")],
        };
    }
}
