"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, inputClass } from "@/components/ui/field";

interface ImportResult {
  imported: number;
  skipped: number;
  dryRun: boolean;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function problemText(error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  const fields = Object.entries(error.fields).slice(0, 3);
  return fields.length ? `${error.message} ${fields.map(([field, message]) => `${field}: ${message}`).join(" ")}` : error.message;
}

/**
 * Import a JSON export: the file is checked by the server first (a dry run
 * that writes nothing), the user sees what would happen and confirms, then
 * the same document is imported.
 */
export function ImportSection() {
  const queryClient = useQueryClient();
  const [document, setDocument] = useState<unknown>(null);
  const [fileName, setFileName] = useState("");
  const [readError, setReadError] = useState<string | null>(null);
  const send = (dryRun: boolean) => (body: unknown) =>
    api<ImportResult>(`/api/v1/import${dryRun ? "?dryRun=1" : ""}`, { method: "POST", body });
  const preview = useMutation({ mutationFn: send(true) });
  const run = useMutation({
    mutationFn: send(false),
    onSuccess: async () => {
      setDocument(null);
      await queryClient.invalidateQueries();
    },
  });

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    preview.reset();
    run.reset();
    setReadError(null);
    setDocument(null);
    if (!file) return;
    setFileName(file.name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setReadError(`${file.name} is not a JSON file. Choose the file "Download everything (JSON)" gave you.`);
      return;
    }
    setDocument(parsed);
    preview.mutate(parsed);
  }

  const counts = preview.data;
  return (
    <Card title="Import" description="Bring back assessments from a Skillgap JSON export. Nothing is written until you confirm.">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium">
          JSON export file
        </label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={onFile} className={`${inputClass} text-sm`} />
      </div>
      {readError && <FormMessage tone="error">{readError}</FormMessage>}
      {preview.isPending && <p role="status">Checking {fileName}…</p>}
      {preview.isError && <FormMessage tone="error">This file cannot be imported. {problemText(preview.error)}</FormMessage>}
      {run.data && (
        <FormMessage tone="success">
          Imported {plural(run.data.imported, "assessment", "assessments")}
          {run.data.skipped > 0 && `; skipped ${plural(run.data.skipped, "assessment", "assessments")} you already had`}.
        </FormMessage>
      )}
      <Dialog open={Boolean(counts && document !== null)} onClose={() => setDocument(null)} title={`Import ${fileName}?`}>
        {counts && (
          <div className="space-y-4">
            <p>
              The file holds {plural(counts.imported + counts.skipped, "assessment", "assessments")}:{" "}
              {counts.skipped > 0 ? `${plural(counts.skipped, "is", "are")} already in your account and will be skipped, ` : ""}
              {counts.imported === 0
                ? "so there is nothing new to import."
                : `${plural(counts.imported, "new assessment", "new assessments")} will be added to your history.`}
            </p>
            {run.isError && <FormMessage tone="error">The import failed and nothing was written. {problemText(run.error)}</FormMessage>}
            <div className="flex flex-wrap gap-2">
              {counts.imported > 0 && (
                <Button onClick={() => run.mutate(document)} disabled={run.isPending}>
                  {run.isPending ? "Importing…" : `Import ${plural(counts.imported, "assessment", "assessments")}`}
                </Button>
              )}
              <Button variant="secondary" onClick={() => setDocument(null)}>
                {counts.imported > 0 ? "Cancel" : "Close"}
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </Card>
  );
}
