using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

public class DateParserTests
{
    [Theory]
    [InlineData("2022-06-28 21:14", 2022, 6, 28)]
    [InlineData("2020-08-31 17:22:16", 2020, 8, 31)]
    [InlineData("2020-03-27T10:46:13+0200", 2020, 3, 27)]
    [InlineData("2020-06-16T23:15:35+05:30", 2020, 6, 16)]
    [InlineData("2023-01-24T13:32:06.838Z", 2023, 1, 24)]
    [InlineData("2019-12-09T15:11:25.619782+00:00", 2019, 12, 9)]
    [InlineData("April 19, 2019", 2019, 4, 19)]
    [InlineData("26 May 2015", 2015, 5, 26)]
    [InlineData("31 Dec 2024", 2024, 12, 31)]
    [InlineData("24 Juni 2024", 2024, 6, 24)]
    [InlineData("24/06/2026", 2026, 6, 24)]
    [InlineData("05/06/2020", 2020, 6, 5)]
    [InlineData("Tue, 15 Mar 2022 10:00:00 GMT", 2022, 3, 15)]
    [InlineData("Selasa, 15 Maret 2022", 2022, 3, 15)]
    public void Reads_the_calendar_day_as_written(string value, int year, int month, int day)
    {
        Assert.True(DateParser.TryParse(value, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2020-13-45")]
    [InlineData("31/02/2020")]
    [InlineData("32 Dec 2024")]
    [InlineData("sometime in 2019")]
    public void Refuses_a_date_it_cannot_read(string value) => Assert.False(DateParser.TryParse(value, out _));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Not surprisingly, when the execution date of")]
    public void Treats_empty_or_digitless_values_as_no_date(string value)
    {
        Assert.True(DateParser.TryParse(value, out var date));
        Assert.Null(date);
    }
}
