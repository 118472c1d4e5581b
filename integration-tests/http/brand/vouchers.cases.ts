import { districtSuite } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(240_000)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("spesa sospesa", () => {
      it("a resident pays two baskets → two vouchers; coordinators assign one; it is redeemed once, even when tried five times at once", async () => {
        const { data: found } = await api.get(`/store/products?handle=spesa-sospesa&region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
        const basket = found.products[0]
        expect(basket.variants[0].calculated_price.calculated_amount).toBe(25)
        expect(basket.brand).toMatchObject({ certified: false, criteria: [] })

        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: basket.variants[0].id, quantity: 2 }])
        const { completed } = await checkout(api, district.store, cartId)
        const { data } = await api.get(`/admin/orders/${completed.order.id}?fields=payment_collections.payments.id`, district.admin)
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, district.admin)

        const vouchers = await waitFor("two vouchers", async () => {
          const list = (await api.get("/admin/brand/vouchers", district.admin)).data.vouchers.filter((v: any) => v.order_id === completed.order.id)
          return list.length === 2 && list
        })
        for (const v of vouchers) expect(v).toMatchObject({ amount: 2500, status: "available", beneficiary: null })
        expect(new Set(vouchers.map((v: any) => v.code)).size).toBe(2)
        const [given, kept] = vouchers

        // redeeming before a coordinator assigned it, or with a wrong code: refused
        expect((await attempt(api.post("/store/brand/vouchers/redeem", { code: kept.code, pickup_point: "Casa Comune" }, district.store))).status).toBe(400)
        expect((await attempt(api.post("/store/brand/vouchers/redeem", { code: "NOPE2345", pickup_point: "Casa Comune" }, district.store))).status).toBe(400)

        expect((await attempt(api.post(`/admin/brand/vouchers/${given.id}/assign`, { beneficiary: "" }, district.admin))).status).toBe(400)
        const { data: assigned } = await api.post(`/admin/brand/vouchers/${given.id}/assign`, { beneficiary: "Famiglia segnalata dai servizi sociali, pratica 12" }, district.admin)
        expect(assigned.voucher.status).toBe("assigned")
        expect((await attempt(api.post(`/admin/brand/vouchers/${given.id}/assign`, { beneficiary: "Altra famiglia" }, district.admin))).status).toBe(400)

        const tries = await Promise.all(
          [1, 2, 3, 4, 5].map(() => attempt(api.post("/store/brand/vouchers/redeem", { code: given.code.toLowerCase(), pickup_point: "Casa Comune" }, district.store)))
        )
        expect(tries.map((r: any) => r.status).sort()).toEqual([200, 400, 400, 400, 400])
        const ok = tries.find((r: any) => r.status === 200) as any
        expect(ok.data.voucher).toEqual({ id: given.id, amount: 2500, status: "redeemed", redeemed_at: expect.any(String) })
        expect(JSON.stringify(ok.data)).not.toContain("pratica 12")

        const after = (await api.get("/admin/brand/vouchers", district.admin)).data.vouchers
        expect(after.find((v: any) => v.id === given.id)).toMatchObject({ status: "redeemed", redeemed_at_point: "Casa Comune", beneficiary: "Famiglia segnalata dai servizi sociali, pratica 12" })
        expect(after.find((v: any) => v.id === kept.id)).toMatchObject({ status: "available" })

        // at the hub the coordinators redeem from the admin, under the same once-only rule
        await api.post(`/admin/brand/vouchers/${kept.id}/assign`, { beneficiary: "Famiglia B" }, district.admin)
        const { data: atHub } = await api.post("/admin/brand/vouchers/redeem", { code: kept.code, pickup_point: "Casa Comune" }, district.admin)
        expect(atHub.voucher).toMatchObject({ id: kept.id, status: "redeemed" })
        expect((await attempt(api.post("/admin/brand/vouchers/redeem", { code: kept.code, pickup_point: "Casa Comune" }, district.admin))).status).toBe(400)
        expect((await attempt(api.post("/store/brand/vouchers/redeem", { code: kept.code, pickup_point: "Casa Comune" }, district.store))).status).toBe(400)

        // the store never lists who received a voucher
        expect((await attempt(api.get("/store/brand/vouchers", district.store))).status).toBe(404)
      })
    })
  },
})
