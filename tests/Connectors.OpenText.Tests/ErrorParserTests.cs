namespace Connectors.OpenText.Tests;

public class ErrorParserTests
{
    [Fact]
    public void Code_and_message_bodies_are_read_with_field_errors()
    {
        var details = OpenTextErrorParser.Parse(400, """{"code":"CASE_INVALID","message":"Invalid case","errors":[{"field":"title","message":"required"}]}""");

        Assert.Equal("CASE_INVALID", details.ErrorCode);
        Assert.Equal("Invalid case", details.Message);
        Assert.Equal("title", Assert.Single(details.FieldErrors!).Field);
    }

    [Fact]
    public void Gateway_faults_are_read()
    {
        var details = OpenTextErrorParser.Parse(401, """{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}""");

        Assert.Equal("oauth.v2.InvalidApiKey", details.ErrorCode);
        Assert.Equal("Invalid ApiKey", details.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("[1,2]")]
    [InlineData("{\"unterminated\":")]
    public void Malformed_bodies_never_throw(string body)
    {
        var details = OpenTextErrorParser.Parse(502, body);

        Assert.Null(details.ErrorCode);
    }
}
