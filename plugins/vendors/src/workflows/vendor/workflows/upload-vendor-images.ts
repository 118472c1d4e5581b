import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { prepareVendorImagesStep, type VendorImageInput } from "../steps/prepare-vendor-images"

export type UploadVendorImagesInput = { vendor_handle: string; files: VendorImageInput[] }

export const uploadVendorImagesWorkflowId = "upload-vendor-images"

/** A maker's photos: checked and cleaned first, then stored through Medusa's file module. */
export const uploadVendorImagesWorkflow = createWorkflow(uploadVendorImagesWorkflowId, (input: UploadVendorImagesInput) => {
  const files = prepareVendorImagesStep(input)
  const uploaded = uploadFilesWorkflow.runAsStep({ input: transform({ files }, ({ files }) => ({ files })) })
  return new WorkflowResponse(uploaded)
})
