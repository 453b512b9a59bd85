using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v3 customers (customers.v3.yml) and v2 customer groups (customers.v2.yml).</summary>
internal static class CustomerRoutes
{
    public static void MapV3(IEndpointRouteBuilder v3)
    {
        v3.MapGet("/customers", List);
        v3.MapPut("/customers", (Func<HttpContext, Task<IResult>>)UpdateAsync);
    }

    public static void MapV2(IEndpointRouteBuilder v2)
    {
        v2.MapGet("/customer_groups", (HttpContext c) =>
        {
            var store = c.Store();
            lock (store.Sync)
            {
                return Wire.V2Page(c.Request, store.CustomerGroups.ToList(), Writers.CustomerGroup);
            }
        });
        v2.MapGet("/customer_groups/{groupId:int}", (HttpContext c, int groupId) =>
        {
            var store = c.Store();
            lock (store.Sync)
            {
                var group = store.CustomerGroups.Find(g => g.Id == groupId);
                return group is null ? Wire.V2NotFound() : Wire.Json(Writers.CustomerGroup(group));
            }
        });
    }

    private static IResult List(HttpContext context)
    {
        var store = context.Store();
        var q = context.Request.Query;
        var ids = Wire.IntList(q["id:in"]);
        var emails = Wire.StringList(q["email:in"]);
        var groups = Wire.IntList(q["customer_group_id:in"]);
        var nameLike = Wire.StringList(q["name:like"]);
        var modifiedMin = Wire.TryParseDate(q["date_modified:min"], out var min) ? min : (DateTimeOffset?)null;
        var modifiedMax = Wire.TryParseDate(q["date_modified:max"], out var max) ? max : (DateTimeOffset?)null;
        lock (store.Sync)
        {
            IEnumerable<Customer> customers = store.Customers.Where(c =>
                (ids.Count == 0 || ids.Contains(c.Id))
                && (emails.Count == 0 || emails.Contains(c.Email, StringComparer.OrdinalIgnoreCase))
                && (groups.Count == 0 || groups.Contains(c.CustomerGroupId))
                && (nameLike.Count == 0 || nameLike.Any(n => $"{c.FirstName} {c.LastName}".Contains(n, StringComparison.OrdinalIgnoreCase)))
                && (modifiedMin is null || c.DateModified >= modifiedMin)
                && (modifiedMax is null || c.DateModified <= modifiedMax));
            customers = (string?)q["sort"] switch
            {
                "date_modified:asc" => customers.OrderBy(c => c.DateModified),
                "date_modified:desc" => customers.OrderByDescending(c => c.DateModified),
                "date_created:desc" => customers.OrderByDescending(c => c.DateCreated),
                "last_name:asc" => customers.OrderBy(c => c.LastName),
                _ => customers.OrderBy(c => c.Id),
            };
            return Wire.V3Page(context.Request, customers.ToList(), Writers.Customer);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonArray body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid: the body must be an array of customers.");
        }

        if (body.Count > 10)
        {
            return Wire.V3Error(StatusCodes.Status413PayloadTooLarge, "The request payload is too large. The maximum number of items allowed in the array is 10.");
        }

        lock (store.Sync)
        {
            var errors = new Dictionary<string, string>();
            for (var i = 0; i < body.Count; i++)
            {
                var id = Wire.IntOf(body[i]?["id"]);
                if (id is null || store.Customers.TrueForAll(c => c.Id != id))
                {
                    errors[$"[{i}].id"] = "customer not found";
                }

                if (body[i]?["customer_group_id"] is { } group && store.CustomerGroups.TrueForAll(g => g.Id != Wire.IntOf(group)) && Wire.IntOf(group) != 0)
                {
                    errors[$"[{i}].customer_group_id"] = "customer group not found";
                }
            }

            if (errors.Count > 0)
            {
                return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "Update customers failed.", errors);
            }

            var updated = new List<Customer>();
            foreach (var item in body.OfType<JsonObject>())
            {
                var customer = store.Customers.Find(c => c.Id == Wire.IntOf(item["id"]))!;
                customer.Email = Wire.StringOf(item["email"]) ?? customer.Email;
                customer.FirstName = Wire.StringOf(item["first_name"]) ?? customer.FirstName;
                customer.LastName = Wire.StringOf(item["last_name"]) ?? customer.LastName;
                customer.Company = Wire.StringOf(item["company"]) ?? customer.Company;
                customer.Phone = Wire.StringOf(item["phone"]) ?? customer.Phone;
                customer.Notes = Wire.StringOf(item["notes"]) ?? customer.Notes;
                customer.CustomerGroupId = Wire.IntOf(item["customer_group_id"]) ?? customer.CustomerGroupId;
                customer.DateModified = store.Now;
                updated.Add(customer);
                store.Raise("store/customer/updated", "customer", customer.Id);
            }

            return Wire.V3Page(context.Request, updated, Writers.Customer);
        }
    }
}
