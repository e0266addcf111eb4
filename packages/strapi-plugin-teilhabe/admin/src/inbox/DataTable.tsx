import {
  EmptyStateLayout,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import type { ReactNode } from 'react';

/** One row: its key and its cells; a string cell is set as body text. */
export interface DataRow {
  key: string;
  cells: ReactNode[];
}

/**
 * The inbox's tables: column headings, rows, and a message where there are
 * no rows, in the admin's table style.
 */
export const DataTable = ({
  headings,
  rows,
  empty,
}: {
  headings: string[];
  rows: DataRow[];
  empty: string;
}) =>
  rows.length === 0 ? (
    <EmptyStateLayout content={empty} />
  ) : (
    <Table colCount={headings.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {headings.map((heading) => (
            <Th key={heading}>
              <Typography variant="sigma">{heading}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key}>
            {row.cells.map((cell, index) => (
              <Td key={index}>
                {typeof cell === 'string' ? <Typography>{cell}</Typography> : cell}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
